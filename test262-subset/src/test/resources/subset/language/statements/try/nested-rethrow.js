/*---
description: An exception rethrown from catch reaches the outer handler after inner finally
---*/

var log = [];
try {
  try {
    throw new TypeError("t");
  } catch (e) {
    log.push("inner");
    throw e;
  } finally {
    log.push("finally");
  }
} catch (e) {
  log.push(e.constructor.name);
}
assert.sameValue(log.join(), "inner,finally,TypeError");
