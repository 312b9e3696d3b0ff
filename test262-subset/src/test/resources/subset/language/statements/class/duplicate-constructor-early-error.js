/*---
description: Two constructors in one class are an early error
features: [class]
negative:
  phase: parse
  type: SyntaxError
---*/

$DONOTEVALUATE();
class C { constructor() {} constructor() {} }
