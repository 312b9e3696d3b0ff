/*---
description: push appends and returns the new length; pop removes the last element
includes: [compareArray.js]
---*/

var a = [1];
assert.sameValue(a.push(2, 3), 3);
assert.compareArray(a, [1, 2, 3]);
assert.sameValue(a.pop(), 3);
assert.sameValue(a.length, 2);
assert.sameValue([].pop(), undefined);
var generic = { length: 1, 0: "x" };
Array.prototype.push.call(generic, "y");
assert.sameValue(generic.length, 2);
assert.sameValue(generic[1], "y");
