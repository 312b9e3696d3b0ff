/*---
description: A generator yields values in order and then completes
features: [generators]
---*/

function* g() { var x = yield 1; yield x * 2; return 5; }
var it = g();
var r = it.next();
assert.sameValue(r.value, 1);
assert.sameValue(r.done, false);
assert.sameValue(it.next(21).value, 42);
r = it.next();
assert.sameValue(r.value, 5);
assert.sameValue(r.done, true);
