/*---
description: concat joins strings; at reads relative positions
features: [String.prototype.at]
---*/

assert.sameValue("a".concat("b", 1, null), "ab1null");
assert.sameValue("abc".at(-1), "c");
assert.sameValue("abc".at(5), undefined);
