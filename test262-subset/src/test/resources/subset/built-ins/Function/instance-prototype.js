/*---
description: Each ordinary function has a fresh prototype object
includes: [propertyHelper.js]
---*/

function F() {}
assert.sameValue(typeof F.prototype, "object");
assert.sameValue(F.prototype.constructor, F);
verifyProperty(F, "prototype", { writable: true, enumerable: false, configurable: false });
