/*---
description: %ArrayIteratorPrototype%.next yields values then done forever
features: [Symbol.iterator]
---*/

var it = [1][Symbol.iterator]();
var r1 = it.next();
assert.sameValue(r1.value, 1);
assert.sameValue(r1.done, false);
var r2 = it.next();
assert.sameValue(r2.value, undefined);
assert.sameValue(r2.done, true);
assert.sameValue(it.next().done, true);
assert.throws(TypeError, function () { it.next.call({}); });
