/*---
description: NaN, Infinity and undefined are read-only global properties
includes: [propertyHelper.js]
features: [globalThis]
---*/

verifyProperty(this, "NaN", { writable: false, enumerable: false, configurable: false });
verifyProperty(this, "Infinity", { writable: false, enumerable: false, configurable: false });
verifyProperty(this, "undefined", { writable: false, enumerable: false, configurable: false });
assert.sameValue(globalThis.globalThis, globalThis);
