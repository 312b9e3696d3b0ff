/*---
description: continue skips to the next iteration and runs the update
---*/

var s = 0;
for (var i = 0; i < 6; i++) {
  if (i % 2) continue;
  s += i;
}
assert.sameValue(s, 6);
var k = 0, count = 0;
while (k < 4) { k++; if (k === 2) continue; count++; }
assert.sameValue(count, 3);
