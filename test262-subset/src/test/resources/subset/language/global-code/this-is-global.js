/*---
description: this at the top level of a script is the global object
features: [globalThis]
---*/

assert.sameValue(typeof this, "object");
assert.sameValue(this, globalThis);
assert.sameValue(this.Array, Array);
