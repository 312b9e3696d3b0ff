/*---
description: A global var becomes a non-configurable property of the global object
flags: [noStrict]
---*/

var globalVarForTest = 3;
var d = Object.getOwnPropertyDescriptor(this, "globalVarForTest");
assert.sameValue(d.value, 3);
assert.sameValue(d.configurable, false);
assert.sameValue(d.enumerable, true);
