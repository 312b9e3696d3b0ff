/*---
description: switch falls through and uses default when no case matches
---*/

function f(x) {
  var log = [];
  switch (x) {
    case 1: log.push(1);
    case 2: log.push(2); break;
    default: log.push("d");
    case 3: log.push(3);
  }
  return log.join();
}
assert.sameValue(f(1), "1,2");
assert.sameValue(f(2), "2");
assert.sameValue(f(3), "3");
assert.sameValue(f(9), "d,3");
