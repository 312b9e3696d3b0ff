/*---
description: Symbol.toPrimitive controls conversion with the hint
includes: [compareArray.js]
features: [Symbol.toPrimitive]
---*/

var hints = [];
var o = {};
o[Symbol.toPrimitive] = function (hint) { hints.push(hint); return hint === "number" ? 42 : "str"; };
assert.sameValue(+o, 42);
assert.sameValue(`${o}`, "str");
assert.sameValue(o + "", "str");
assert.compareArray(hints, ["number", "string", "default"]);
var bad = {};
bad[Symbol.toPrimitive] = function () { return {}; };
assert.throws(TypeError, function () { +bad; });
