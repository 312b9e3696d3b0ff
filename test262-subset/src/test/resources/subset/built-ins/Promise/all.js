/*---
description: Promise.all resolves with every value in order
flags: [async]
features: [Promise]
---*/

Promise.all([1, Promise.resolve(2), new Promise(function (r) { r(3); })]).then(function (values) {
  assert.sameValue(values.join(), "1,2,3");
}).then($DONE, $DONE);
