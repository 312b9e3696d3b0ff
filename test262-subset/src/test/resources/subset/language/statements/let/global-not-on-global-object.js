/*---
description: A global let binding is not a property of the global object
flags: [noStrict]
features: [let]
---*/

let globalLetForTest = 1;
assert.sameValue(globalLetForTest, 1);
assert.sameValue(Object.prototype.hasOwnProperty.call(this, "globalLetForTest"), false);
