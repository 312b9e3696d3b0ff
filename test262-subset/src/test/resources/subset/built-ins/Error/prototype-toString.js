/*---
description: Error.prototype.toString combines name and message
---*/

assert.sameValue(new Error("m").toString(), "Error: m");
assert.sameValue(new TypeError().toString(), "TypeError");
var o = { name: "Custom", message: "" };
assert.sameValue(Error.prototype.toString.call(o), "Custom");
o.name = "";
o.message = "only message";
assert.sameValue(Error.prototype.toString.call(o), "only message");
assert.throws(TypeError, function () { Error.prototype.toString.call(1); });
