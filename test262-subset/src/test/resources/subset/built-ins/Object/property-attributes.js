/*---
description: The Object constructor and its methods have the standard attributes
includes: [propertyHelper.js]
---*/

verifyProperty(this, "Object", { writable: true, enumerable: false, configurable: true });
verifyProperty(Object, "prototype", { writable: false, enumerable: false, configurable: false });
verifyProperty(Object, "keys", { writable: true, enumerable: false, configurable: true });
assert.sameValue(Object.keys.length, 1);
assert.sameValue(Object.assign.length, 2);
assert.sameValue(Object.defineProperty.name, "defineProperty");
