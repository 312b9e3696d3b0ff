/*---
description: A tagged template cannot follow an optional chain
features: [optional-chaining]
negative:
  phase: parse
  type: SyntaxError
---*/

$DONOTEVALUATE();
a?.b`c`;
