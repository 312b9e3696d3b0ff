/*---
description: fromCharCode truncates to 16 bits; fromCodePoint checks the range
features: [String.fromCodePoint]
---*/

assert.sameValue(String.fromCharCode(65, 66, 67), "ABC");
assert.sameValue(String.fromCharCode(65 + 65536), "A");
assert.sameValue(String.fromCodePoint(0x1F600), "\uD83D\uDE00");
assert.throws(RangeError, function () { String.fromCodePoint(0x110000); });
assert.throws(RangeError, function () { String.fromCodePoint(1.5); });
