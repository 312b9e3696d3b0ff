/*---
description: LS and PS are line terminators in code and allowed in string literals
features: [json-superset]
---*/

var x = eval("1\u2028+ 2");
assert.sameValue(x, 3);
assert.sameValue(eval("'\u2028'").length, 1, "allowed in string literals since ES2019");
