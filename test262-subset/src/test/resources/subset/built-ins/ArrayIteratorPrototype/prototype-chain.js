/*---
description: Array iterators inherit from %IteratorPrototype%
features: [Symbol.iterator]
---*/

var arrayIterProto = Object.getPrototypeOf([][Symbol.iterator]());
var iterProto = Object.getPrototypeOf(arrayIterProto);
assert.sameValue(typeof iterProto[Symbol.iterator], "function");
var o = {};
assert.sameValue(iterProto[Symbol.iterator].call(o), o);
assert.sameValue(arrayIterProto[Symbol.toStringTag], "Array Iterator");
