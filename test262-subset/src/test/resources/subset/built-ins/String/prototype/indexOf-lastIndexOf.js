/*---
description: indexOf and lastIndexOf find substrings
---*/

var s = "canal banana";
assert.sameValue(s.indexOf("an"), 1);
assert.sameValue(s.indexOf("an", 2), 7);
assert.sameValue(s.lastIndexOf("an"), 9);
assert.sameValue(s.indexOf("x"), -1);
assert.sameValue(s.indexOf(""), 0);
assert.sameValue(s.indexOf("", 100), s.length);
