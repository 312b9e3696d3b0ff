/*---
description: Assigning to an undeclared name creates a global property in sloppy code
flags: [noStrict]
---*/

sloppyGlobal = 42;
assert.sameValue(this.sloppyGlobal, 42);
assert.sameValue(Object.getOwnPropertyDescriptor(this, "sloppyGlobal").enumerable, true);
assert.sameValue(delete this.sloppyGlobal, true);
