/*---
description: A property deleted before it is visited is not visited
---*/

var o = { a: 1, b: 2, c: 3 };
var seen = [];
for (var k in o) {
  seen.push(k);
  if (k === "a") delete o.b;
}
assert.sameValue(seen.join(), "a,c");
