/*---
description: Destructuring assignment swaps variables and targets members
features: [destructuring-assignment]
---*/

var a = 1, b = 2;
[a, b] = [b, a];
assert.sameValue(a, 2);
assert.sameValue(b, 1);
var o = {};
({ x: o.first, y: o["second"] } = { x: 10, y: 20 });
assert.sameValue(o.first, 10);
assert.sameValue(o.second, 20);
var arr = [];
[arr[0], arr[1] = "d"] = ["z"];
assert.sameValue(arr.join(), "z,d");
