/*---
description: Computed keys and values are evaluated in source order
features: [computed-property-names]
---*/

var log = [];
function k(n) { log.push("k" + n); return n; }
function v(n) { log.push("v" + n); return n; }
var o = { [k(1)]: v(1), [k(2)]: v(2) };
assert.sameValue(log.join(), "k1,v1,k2,v2");
assert.sameValue(o[2], 2);
