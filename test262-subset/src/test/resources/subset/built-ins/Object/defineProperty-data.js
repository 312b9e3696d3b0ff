/*---
description: Object.defineProperty defaults missing attributes to false
includes: [propertyHelper.js]
flags: [noStrict]
---*/

var o = {};
Object.defineProperty(o, "x", { value: 1 });
verifyProperty(o, "x", { value: 1, writable: false, enumerable: false, configurable: false });
o.x = 2;
assert.sameValue(o.x, 1, "non-writable: the write is ignored in sloppy code");
