/*---
description: match and search with regular expressions
---*/

assert.sameValue("a1b2".match(/\d/g).join(), "1,2");
assert.sameValue("abc".search(/c/), 2);
assert.sameValue("a1b2".replace(/\d/g, "#"), "a#b#");
assert.sameValue("a, b,c".split(/\s*,\s*/).join("|"), "a|b|c");
