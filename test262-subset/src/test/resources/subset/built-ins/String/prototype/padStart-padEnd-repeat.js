/*---
description: padStart, padEnd and repeat
---*/

assert.sameValue("5".padStart(3, "0"), "005");
assert.sameValue("abc".padEnd(6, "12"), "abc121");
assert.sameValue("abc".padStart(2), "abc");
assert.sameValue("ab".repeat(3), "ababab");
assert.sameValue("x".repeat(0), "");
assert.throws(RangeError, function () { "x".repeat(-1); });
assert.throws(RangeError, function () { "x".repeat(Infinity); });
