/*---
description: slice, substring and substr treat arguments differently
---*/

var s = "abcdef";
assert.sameValue(s.slice(1, 3), "bc");
assert.sameValue(s.slice(-2), "ef");
assert.sameValue(s.substring(3, 1), "bc", "substring swaps");
assert.sameValue(s.substring(-2, 2), "ab", "negative clamps to 0");
assert.sameValue(s.substr(1, 2), "bc");
assert.sameValue(s.substr(-3, 2), "de");
