/*---
description: Promise reactions run as jobs after the current script
flags: [async]
features: [Promise]
---*/

var log = [];
Promise.resolve(1).then(function (v) { log.push("then " + v); });
log.push("sync");
Promise.resolve().then(function () {
  assert.sameValue(log.join(), "sync,then 1");
}).then($DONE, $DONE);
