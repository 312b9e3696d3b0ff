/*---
description: The conditional operator evaluates one branch
---*/

var log = [];
var r = true ? (log.push("a"), 1) : (log.push("b"), 2);
assert.sameValue(r, 1);
assert.sameValue(log.join(), "a");
assert.sameValue(0 ? "yes" : "no", "no");
assert.sameValue(1 ? 2 ? "x" : "y" : "z", "x", "nested, right-associative");
