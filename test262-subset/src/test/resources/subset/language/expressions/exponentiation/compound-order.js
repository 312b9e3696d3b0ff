/*---
description: Exponentiation converts the base before the exponent
features: [exponentiation]
---*/

var log = [];
var base = { valueOf: function () { log.push("base"); return 2; } };
var exp = { valueOf: function () { log.push("exp"); return 3; } };
assert.sameValue(base ** exp, 8);
assert.sameValue(log.join(), "base,exp");
