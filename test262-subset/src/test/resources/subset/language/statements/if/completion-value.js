/*---
description: The completion value of an if statement is that of the branch taken
---*/

assert.sameValue(eval("if (true) { 5; }"), 5);
assert.sameValue(eval("1; if (false) { 5; }"), undefined);
