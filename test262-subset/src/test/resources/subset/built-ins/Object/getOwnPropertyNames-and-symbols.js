/*---
description: getOwnPropertyNames and getOwnPropertySymbols separate string and symbol keys
includes: [compareArray.js]
---*/

var s = Symbol("s");
var o = { a: 1 };
o[s] = 2;
Object.defineProperty(o, "hidden", { value: 3 });
assert.compareArray(Object.getOwnPropertyNames(o), ["a", "hidden"]);
var syms = Object.getOwnPropertySymbols(o);
assert.sameValue(syms.length, 1);
assert.sameValue(syms[0], s);
assert.compareArray(Object.getOwnPropertyNames([1]), ["0", "length"]);
