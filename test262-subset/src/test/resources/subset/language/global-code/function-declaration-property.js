/*---
description: A global function declaration becomes a global property
---*/

function globalFnForTest() {}
assert.sameValue(this.globalFnForTest, globalFnForTest);
assert.sameValue(Object.getOwnPropertyDescriptor(this, "globalFnForTest").configurable, false);
