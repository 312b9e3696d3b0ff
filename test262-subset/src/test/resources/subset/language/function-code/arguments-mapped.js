/*---
description: In sloppy functions with simple parameters arguments is mapped to the parameters
flags: [noStrict]
---*/

function f(a) {
  arguments[0] = 9;
  var afterWrite = a;
  a = 7;
  return [afterWrite, arguments[0]].join();
}
assert.sameValue(f(1), "9,7");
