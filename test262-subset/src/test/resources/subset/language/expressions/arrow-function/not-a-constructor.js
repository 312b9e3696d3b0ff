/*---
description: Arrow functions have no prototype and cannot be constructed
---*/

var arrow = () => 1;
assert.sameValue(arrow.prototype, undefined);
assert.throws(TypeError, function () { new arrow(); });
