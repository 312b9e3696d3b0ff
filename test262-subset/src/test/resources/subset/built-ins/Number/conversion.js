/*---
description: Number() converts strings with the StringToNumber grammar
---*/

assert.sameValue(Number(""), 0);
assert.sameValue(Number("  42  "), 42);
assert.sameValue(Number("0x10"), 16);
assert.sameValue(Number("0b11"), 3);
assert.sameValue(Number("0o7"), 7);
assert.sameValue(Number("1e3"), 1000);
assert.sameValue(Number("-Infinity"), -Infinity);
assert.sameValue(isNaN(Number("1_000")), true);
assert.sameValue(isNaN(Number("12px")), true);
assert.sameValue(isNaN(Number("-0x10")), true);
assert.sameValue(Number(null), 0);
assert.sameValue(Number([7]), 7);
assert.sameValue(Number(), 0);
assert.sameValue(Number(10n), 10);
