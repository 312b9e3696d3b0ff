/*---
description: Boolean converts with ToBoolean; wrappers are truthy
---*/

assert.sameValue(Boolean(""), false);
assert.sameValue(Boolean("0"), true);
assert.sameValue(Boolean(NaN), false);
assert.sameValue(Boolean({}), true);
assert.sameValue(Boolean(0n), false);
var w = new Boolean(false);
assert.sameValue(typeof w, "object");
assert.sameValue(w ? "truthy" : "falsy", "truthy");
assert.sameValue(w.valueOf(), false);
assert.sameValue(true.toString(), "true");
assert.throws(TypeError, function () { Boolean.prototype.toString.call(1); });
