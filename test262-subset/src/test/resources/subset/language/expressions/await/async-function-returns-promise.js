/*---
description: An async function returns a promise that resolves to its result
flags: [async]
features: [async-functions]
---*/

async function f() { return await 41 + 1; }
f().then(function (v) {
  assert.sameValue(v, 42);
}).then($DONE, $DONE);
