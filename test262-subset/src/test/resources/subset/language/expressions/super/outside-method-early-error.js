/*---
description: super property access outside a method is an early error
features: [super]
negative:
  phase: parse
  type: SyntaxError
---*/

$DONOTEVALUATE();
function f() { return super.x; }
