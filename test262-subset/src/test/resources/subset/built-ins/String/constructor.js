/*---
description: String() converts values; new String makes a wrapper
includes: [compareArray.js]
---*/

assert.sameValue(String(123), "123");
assert.sameValue(String(null), "null");
assert.sameValue(String(Symbol("d")), "Symbol(d)");
assert.sameValue(String(), "");
var w = new String("ab");
assert.sameValue(typeof w, "object");
assert.sameValue(w.length, 2);
assert.sameValue(w[1], "b");
assert.compareArray(Object.keys(w), ["0", "1"]);
