/*---
description: Closures in a while loop with a block-scoped let capture each iteration
---*/

var fns = [];
var i = 0;
while (i < 3) {
  let j = i;
  fns.push(function () { return j; });
  i++;
}
assert.sameValue(fns.map(function (f) { return f(); }).join(), "0,1,2");
