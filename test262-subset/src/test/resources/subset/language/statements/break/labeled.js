/*---
description: A labeled break leaves the labeled statement
---*/

var log = [];
outer: for (var i = 0; i < 3; i++) {
  for (var j = 0; j < 3; j++) {
    if (j === 1) continue outer;
    if (i === 2) break outer;
    log.push(i + "" + j);
  }
}
assert.sameValue(log.join(), "00,10");
block: {
  log.push("in");
  break block;
}
assert.sameValue(log[log.length - 1], "in");
