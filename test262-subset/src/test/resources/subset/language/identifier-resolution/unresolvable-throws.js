/*---
description: Reading an unresolvable reference throws a ReferenceError
negative:
  phase: runtime
  type: ReferenceError
---*/

unresolvableNameForNegativeTest;
