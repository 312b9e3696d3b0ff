/*---
description: A rest element cannot be followed by a comma
features: [destructuring-binding]
negative:
  phase: parse
  type: SyntaxError
---*/

$DONOTEVALUATE();
var [...r,] = [];
