/*---
description: Object spread copies own enumerable properties
features: [object-spread]
---*/

var source = { a: 1, b: 2 };
Object.defineProperty(source, "hidden", { value: 3, enumerable: false });
var copy = { ...source, b: 20, c: 30 };
assert.sameValue(copy.a, 1);
assert.sameValue(copy.b, 20);
assert.sameValue(copy.c, 30);
assert.sameValue(copy.hidden, undefined);
var n = { ...null, ...undefined, ..."hi" };
assert.sameValue(n[0], "h");
assert.sameValue(n[1], "i");
