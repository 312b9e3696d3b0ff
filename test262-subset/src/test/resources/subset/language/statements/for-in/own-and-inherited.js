/*---
description: for-in visits enumerable string keys, own before inherited, without duplicates
features: [for-in-order]
---*/

var proto = { inherited: 1, shadowed: 1 };
var o = Object.create(proto);
o.own = 1;
o.shadowed = 2;
Object.defineProperty(o, "hidden", { value: 1, enumerable: false });
o[Symbol("s")] = 1;
var keys = [];
for (var k in o) keys.push(k);
assert.sameValue(keys.join(), "own,shadowed,inherited");
