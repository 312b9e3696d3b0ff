/*---
description: Object.prototype.__proto__ gets and sets the prototype
features: [__proto__]
---*/

var proto = { p: 1 };
var o = {};
o.__proto__ = proto;
assert.sameValue(o.p, 1);
assert.sameValue(o.__proto__, proto);
assert.sameValue(Object.create(null).__proto__, undefined);
