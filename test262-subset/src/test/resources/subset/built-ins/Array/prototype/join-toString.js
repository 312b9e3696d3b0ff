/*---
description: join uses "," by default and renders null and undefined as empty
---*/

assert.sameValue([1, 2, 3].join(), "1,2,3");
assert.sameValue([1, 2, 3].join(" - "), "1 - 2 - 3");
assert.sameValue([null, undefined, 1].join(), ",,1");
assert.sameValue([[1, 2], [3]].toString(), "1,2,3");
var cyclic = [1];
cyclic.push(cyclic);
assert.sameValue(cyclic.join(), "1,");
assert.sameValue(Array.prototype.join.call({ length: 2, 0: "x", 1: "y" }, ""), "xy");
