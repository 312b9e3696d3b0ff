/*---
description: Optional chaining stops at null or undefined
features: [optional-chaining]
---*/

var o = { a: { b: 1 }, f: function () { return this.a.b; } };
assert.sameValue(o?.a?.b, 1);
assert.sameValue(o.missing?.b, undefined);
assert.sameValue(o.missing?.b.c.d, undefined, "short-circuits the rest of the chain");
assert.sameValue(o.f?.(), 1, "this is kept");
assert.sameValue(o.g?.(), undefined);
assert.sameValue(null?.[0], undefined);
var arr = [10];
assert.sameValue(arr?.[0], 10);
