/*---
description: A for loop runs init once, then test, body and update
---*/

var log = [];
for (var i = 0; i < 3; i++) log.push(i);
assert.sameValue(log.join(), "0,1,2");
assert.sameValue(i, 3);
var n = 0;
for (;;) { if (++n === 5) break; }
assert.sameValue(n, 5);
