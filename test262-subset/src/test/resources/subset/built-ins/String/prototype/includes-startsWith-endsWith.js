/*---
description: includes, startsWith and endsWith with positions
features: [String.prototype.includes, String.prototype.endsWith]
---*/

var s = "hello world";
assert.sameValue(s.includes("o w"), true);
assert.sameValue(s.startsWith("world", 6), true);
assert.sameValue(s.endsWith("hello", 5), true);
assert.sameValue(s.startsWith("x"), false);
