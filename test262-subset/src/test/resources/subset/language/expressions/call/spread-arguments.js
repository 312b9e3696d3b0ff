/*---
description: Spread in arguments expands iterables
---*/

function sum() {
  var s = 0;
  for (var i = 0; i < arguments.length; i++) s += arguments[i];
  return s;
}
assert.sameValue(sum(...[1, 2, 3]), 6);
assert.sameValue(sum(1, ...[2, 3], 4, ...[]), 10);
assert.sameValue(Math.max(...[4, 9, 2]), 9);
