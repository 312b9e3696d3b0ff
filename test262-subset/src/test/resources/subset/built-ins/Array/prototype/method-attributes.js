/*---
description: Array.prototype methods have the standard length and attributes
includes: [propertyHelper.js]
---*/

verifyProperty(Array.prototype, "map", { writable: true, enumerable: false, configurable: true });
assert.sameValue(Array.prototype.map.length, 1);
assert.sameValue(Array.prototype.reduce.length, 1);
assert.sameValue(Array.prototype.splice.length, 2);
assert.sameValue(Array.prototype.push.length, 1);
assert.sameValue(Array.prototype.concat.name, "concat");
