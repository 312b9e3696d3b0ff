/*---
description: __proto__: value in an object literal sets the prototype
features: [__proto__]
---*/

var proto = { inherited: true };
var o = { __proto__: proto };
assert.sameValue(Object.getPrototypeOf(o), proto);
assert.sameValue(o.inherited, true);
assert.sameValue(Object.prototype.hasOwnProperty.call(o, "__proto__"), false);
