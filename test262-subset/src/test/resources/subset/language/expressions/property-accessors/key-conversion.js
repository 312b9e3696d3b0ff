/*---
description: Computed keys are converted with ToPropertyKey
---*/

var o = {};
o[1] = "one";
assert.sameValue(o["1"], "one");
o[{ toString: function () { return "k"; } }] = "obj";
assert.sameValue(o.k, "obj");
var s = Symbol("s");
o[s] = "sym";
assert.sameValue(o[s], "sym");
assert.sameValue(o["Symbol(s)"], undefined);
