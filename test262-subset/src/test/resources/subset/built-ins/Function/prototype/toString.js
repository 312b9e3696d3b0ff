/*---
description: Function.prototype.toString gives source text or a native form
---*/

function sample(a) { return a; }
assert.sameValue(sample.toString(), "function sample(a) { return a; }");
var native = Math.max.toString();
assert.sameValue(native.indexOf("native code") > 0, true);
assert.throws(TypeError, function () { Function.prototype.toString.call({}); });
