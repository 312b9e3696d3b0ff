/*---
description: Generator return and throw run finally blocks
features: [generators]
---*/

var log = [];
function* g() { try { yield 1; yield 2; } finally { log.push("finally"); } }
var it = g();
it.next();
var r = it.return(9);
assert.sameValue(r.value, 9);
assert.sameValue(r.done, true);
assert.sameValue(log.join(), "finally");
var it2 = g();
it2.next();
assert.throws(Test262Error, function () { it2.throw(new Test262Error()); });
