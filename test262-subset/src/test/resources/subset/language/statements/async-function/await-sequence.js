/*---
description: await suspends until the promise settles
flags: [async]
features: [async-functions]
---*/

var log = [];
async function f() {
  log.push(1);
  await null;
  log.push(3);
}
f().then(function () {
  assert.sameValue(log.join(), "1,2,3");
}).then($DONE, $DONE);
log.push(2);
