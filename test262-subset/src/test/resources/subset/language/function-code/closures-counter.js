/*---
description: Closures keep their own copy of captured variables
---*/

function makeCounter() {
  var n = 0;
  return { inc: function () { return ++n; }, get: function () { return n; } };
}
var a = makeCounter(), b = makeCounter();
a.inc(); a.inc();
b.inc();
assert.sameValue(a.get(), 2);
assert.sameValue(b.get(), 1);
