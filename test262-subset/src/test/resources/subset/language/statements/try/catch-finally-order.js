/*---
description: catch runs on throw, finally runs always
---*/

var log = [];
try {
  log.push("try");
  throw new Error("boom");
} catch (e) {
  log.push("catch:" + e.message);
} finally {
  log.push("finally");
}
assert.sameValue(log.join(), "try,catch:boom,finally");
