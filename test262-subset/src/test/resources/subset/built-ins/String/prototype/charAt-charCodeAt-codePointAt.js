/*---
description: charAt, charCodeAt and codePointAt read code units and code points
---*/

var s = "a\uD83D\uDE00";
assert.sameValue(s.charAt(0), "a");
assert.sameValue(s.charAt(9), "");
assert.sameValue(s.charCodeAt(1), 0xD83D);
assert.sameValue(isNaN(s.charCodeAt(9)), true);
assert.sameValue(s.codePointAt(1), 0x1F600);
assert.sameValue(s.codePointAt(2), 0xDE00);
assert.sameValue(s.codePointAt(9), undefined);
