/*---
description: JSON.stringify serializes values, skipping functions and undefined
---*/

assert.sameValue(JSON.stringify({ a: 1, b: [true, null], c: "s" }), '{"a":1,"b":[true,null],"c":"s"}');
assert.sameValue(JSON.stringify({ f: function () {}, u: undefined }), "{}");
assert.sameValue(JSON.stringify([undefined]), "[null]");
assert.sameValue(JSON.stringify("\u2028\n"), '"\u2028\\n"');
assert.sameValue(JSON.stringify({ a: [1] }, null, 2), '{\n  "a": [\n    1\n  ]\n}');
