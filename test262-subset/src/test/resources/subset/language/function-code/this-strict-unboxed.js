/*---
description: In strict functions this is passed unchanged
flags: [onlyStrict]
---*/

function getThis() { return this; }
assert.sameValue(getThis(), undefined);
assert.sameValue(getThis.call(5), 5);
assert.sameValue(getThis.call(null), null);
