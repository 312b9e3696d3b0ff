/*---
description: Symbols are property keys that for-in and JSON skip
includes: [compareArray.js]
---*/

var s = Symbol("k");
var o = {};
o[s] = 1;
o.visible = 2;
var keys = [];
for (var k in o) keys.push(k);
assert.compareArray(keys, ["visible"]);
assert.sameValue(o[s], 1);
assert.sameValue(Object.getOwnPropertySymbols(o)[0], s);
