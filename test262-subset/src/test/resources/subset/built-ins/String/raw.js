/*---
description: String.raw joins raw template strings with substitutions
---*/

assert.sameValue(String.raw`a\n${1}b`, "a\\n1b");
assert.sameValue(String.raw({ raw: ["x", "y", "z"] }, 1, 2, 3), "x1y2z");
