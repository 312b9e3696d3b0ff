/*---
description: Object.assign copies own enumerable properties with [[Set]] and returns the target
---*/

var setterArg;
var target = { set s(v) { setterArg = v; } };
var r = Object.assign(target, { a: 1 }, null, { s: "via setter", a: 2 });
assert.sameValue(r, target);
assert.sameValue(target.a, 2);
assert.sameValue(setterArg, "via setter");
var sym = Symbol();
var src = {};
src[sym] = "symbol value";
assert.sameValue(Object.assign({}, src)[sym], "symbol value");
assert.throws(TypeError, function () { Object.assign(null, {}); });
