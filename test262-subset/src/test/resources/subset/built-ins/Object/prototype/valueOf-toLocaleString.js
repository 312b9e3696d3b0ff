/*---
description: valueOf returns the object; toLocaleString calls toString
---*/

var o = { toString: function () { return "custom"; } };
assert.sameValue(o.valueOf(), o);
assert.sameValue(o.toLocaleString(), "custom");
assert.throws(TypeError, function () { Object.prototype.valueOf.call(null); });
