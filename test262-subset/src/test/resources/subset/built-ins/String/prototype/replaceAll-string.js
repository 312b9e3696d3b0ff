/*---
description: replaceAll with a string pattern replaces every match
features: [String.prototype.replaceAll]
---*/

assert.sameValue("a-b-c".replaceAll("-", "+"), "a+b+c");
assert.sameValue("aaa".replaceAll("aa", "b"), "ba");
