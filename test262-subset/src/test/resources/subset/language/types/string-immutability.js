/*---
description: Strings are immutable values
flags: [noStrict]
---*/

var s = "abc";
s[0] = "z";
assert.sameValue(s, "abc");
s.prop = 1;
assert.sameValue(s.prop, undefined);
