/*---
description: An async test completes when $DONE is called without an error
flags: [async]
---*/

var x = 1 + 1;
if (x === 2) {
  $DONE();
} else {
  $DONE(new Test262Error("arithmetic"));
}
