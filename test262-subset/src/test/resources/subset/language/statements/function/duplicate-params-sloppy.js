/*---
description: In sloppy code the last duplicate parameter wins
flags: [noStrict]
---*/

function f(a, a) { return a; }
assert.sameValue(f(1, 2), 2);
