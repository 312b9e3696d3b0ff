/*---
description: break and continue run enclosing finally blocks
---*/

var log = [];
for (var i = 0; i < 2; i++) {
  try {
    if (i === 0) continue;
    break;
  } finally {
    log.push(i);
  }
}
assert.sameValue(log.join(), "0,1");
