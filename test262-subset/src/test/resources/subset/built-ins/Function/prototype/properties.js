/*---
description: Function.prototype is callable and returns undefined
---*/

assert.sameValue(Function.prototype(), undefined);
assert.sameValue(Function.prototype.length, 0);
assert.sameValue(Function.prototype.name, "");
assert.sameValue(Object.getPrototypeOf(Function.prototype), Object.prototype);
