/*---
description: Object.prototype.hasOwnProperty ignores inherited properties
---*/

var o = Object.create({ inherited: 1 });
o.own = 1;
assert.sameValue(o.hasOwnProperty("own"), true);
assert.sameValue(o.hasOwnProperty("inherited"), false);
assert.sameValue([1].hasOwnProperty(0), true);
assert.sameValue("abc".hasOwnProperty("length"), true);
