/*---
description: In sloppy functions this is boxed and undefined becomes the global object
flags: [noStrict]
---*/

function getThis() { return this; }
assert.sameValue(getThis(), this);
assert.sameValue(typeof getThis.call(5), "object");
assert.sameValue(getThis.call(null), this);
