/*---
description: Legacy octal and non-octal decimal literals in sloppy code
flags: [noStrict]
---*/

assert.sameValue(010, 8);
assert.sameValue(08, 8);
assert.sameValue(09.5, 9.5);
