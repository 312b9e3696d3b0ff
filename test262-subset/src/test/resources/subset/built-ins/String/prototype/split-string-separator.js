/*---
description: split with a string separator and a limit
includes: [compareArray.js]
---*/

assert.compareArray("a,b,,c".split(","), ["a", "b", "", "c"]);
assert.compareArray("abc".split(""), ["a", "b", "c"]);
assert.compareArray("a,b,c".split(",", 2), ["a", "b"]);
assert.compareArray("abc".split(), ["abc"]);
assert.compareArray("".split(","), [""]);
