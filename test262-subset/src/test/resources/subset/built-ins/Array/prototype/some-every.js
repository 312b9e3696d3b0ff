/*---
description: some and every short-circuit
---*/

var calls = 0;
assert.sameValue([1, 2, 3].some(function (v) { calls++; return v === 2; }), true);
assert.sameValue(calls, 2);
assert.sameValue([2, 4].every(function (v) { return v % 2 === 0; }), true);
assert.sameValue([].every(function () { return false; }), true);
assert.sameValue([].some(function () { return true; }), false);
