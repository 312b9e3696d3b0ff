/*---
description: for-of over a string yields code points
features: [for-of]
---*/

var out = [];
for (var ch of "a\uD83D\uDE00b") out.push(ch);
assert.sameValue(out.length, 3);
assert.sameValue(out[1], "\uD83D\uDE00");
