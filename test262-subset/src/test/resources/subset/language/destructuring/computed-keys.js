/*---
description: Object patterns with computed keys
features: [destructuring-binding]
---*/

var k = "dynamic";
var { [k]: value, ["x" + 1]: other } = { dynamic: "d", x1: "o" };
assert.sameValue(value, "d");
assert.sameValue(other, "o");
