/*---
description: concat flattens arrays one level and respects isConcatSpreadable
includes: [compareArray.js]
features: [Symbol.isConcatSpreadable]
---*/

var mixed = [1].concat(2, [3, [4]], "s");
assert.sameValue(mixed.length, 5);
assert.sameValue(Array.isArray(mixed[3]), true, "nested arrays are not flattened");
assert.sameValue(mixed[3][0], 4);
assert.sameValue(mixed[4], "s");
var r = [1].concat([2], 3);
assert.compareArray(r, [1, 2, 3]);
var spreadable = { length: 2, 0: "a", 1: "b" };
spreadable[Symbol.isConcatSpreadable] = true;
assert.compareArray([].concat(spreadable), ["a", "b"]);
var notSpread = [9];
notSpread[Symbol.isConcatSpreadable] = false;
assert.sameValue([].concat(notSpread)[0], notSpread);
