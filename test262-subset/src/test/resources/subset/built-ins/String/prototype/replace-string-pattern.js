/*---
description: replace with a string pattern replaces the first match, with $ patterns
---*/

assert.sameValue("aaa".replace("a", "b"), "baa");
assert.sameValue("abc".replace("b", "[$&]"), "a[b]c");
assert.sameValue("abc".replace("b", "$`$'"), "aacc");
assert.sameValue("abc".replace("b", "$$"), "a$c");
assert.sameValue("abc".replace("b", function (m, pos, str) { return m.toUpperCase() + pos + str.length; }), "aB13c");
