/*---
description: A regular expression literal creates a RegExp object
---*/

var re = /a(b+)c/i;
assert.sameValue(re.test("xABBCx"), true);
assert.sameValue(re.exec("abbbc")[1], "bbb");
assert.sameValue(re.flags, "i");
