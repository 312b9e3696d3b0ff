/*---
description: String methods convert this and reject null and undefined
---*/

assert.sameValue(String.prototype.toUpperCase.call(true), "TRUE");
assert.sameValue(String.prototype.slice.call(12345, 1, 3), "23");
assert.throws(TypeError, function () { String.prototype.trim.call(null); });
assert.throws(TypeError, function () { String.prototype.indexOf.call(undefined, "a"); });
