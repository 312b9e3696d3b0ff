/*---
description: toString and valueOf need a string or String object
---*/

assert.sameValue(new String("w").valueOf(), "w");
assert.sameValue(String.prototype.toString.call("p"), "p");
assert.throws(TypeError, function () { String.prototype.valueOf.call({}); });
