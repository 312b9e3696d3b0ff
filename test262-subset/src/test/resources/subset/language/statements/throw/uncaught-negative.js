/*---
description: An uncaught Test262Error fails a test that expects one
negative:
  phase: runtime
  type: Test262Error
---*/

throw new Test262Error("expected by the negative metadata");
