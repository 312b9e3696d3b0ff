/*---
description: Indirect eval runs in the global scope
flags: [noStrict]
---*/

var x = "global";
function f() {
  var x = "local";
  return (0, eval)("x");
}
assert.sameValue(f(), "global");
var geval = eval;
assert.sameValue(geval("1 + 2"), 3);
