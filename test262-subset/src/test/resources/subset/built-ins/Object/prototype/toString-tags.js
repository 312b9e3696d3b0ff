/*---
description: Object.prototype.toString reports builtin tags and Symbol.toStringTag
features: [Symbol.toStringTag]
---*/

var toString = Object.prototype.toString;
assert.sameValue(toString.call(undefined), "[object Undefined]");
assert.sameValue(toString.call(null), "[object Null]");
assert.sameValue(toString.call([]), "[object Array]");
assert.sameValue(toString.call(function () {}), "[object Function]");
assert.sameValue(toString.call(new Error()), "[object Error]");
assert.sameValue(toString.call(true), "[object Boolean]");
assert.sameValue(toString.call(1), "[object Number]");
assert.sameValue(toString.call(""), "[object String]");
var tagged = {};
tagged[Symbol.toStringTag] = "Custom";
assert.sameValue(toString.call(tagged), "[object Custom]");
