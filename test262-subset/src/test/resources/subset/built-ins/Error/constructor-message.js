/*---
description: Error sets message only when given and works without new
includes: [propertyHelper.js]
---*/

var e = new Error("m");
assert.sameValue(e.message, "m");
assert.sameValue(Object.prototype.hasOwnProperty.call(e, "message"), true);
assert.sameValue(Object.prototype.hasOwnProperty.call(new Error(), "message"), false);
var called = Error("no new");
assert.sameValue(called instanceof Error, true);
assert.sameValue(new Error(undefined).hasOwnProperty("message"), false);
assert.sameValue(new Error(42).message, "42");
verifyProperty(e, "message", { writable: true, enumerable: false, configurable: true });
