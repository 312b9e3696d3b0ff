/*---
description: The string iterator yields code points
features: [Symbol.iterator]
---*/

var parts = [];
var it = "a\uD83D\uDE00"[Symbol.iterator]();
var r;
while (!(r = it.next()).done) parts.push(r.value);
assert.sameValue(parts.length, 2);
assert.sameValue(Object.prototype.toString.call(it), "[object String Iterator]");
