/*---
description: at reads relative indices
features: [Array.prototype.at]
---*/

var a = [1, 2, 3];
assert.sameValue(a.at(0), 1);
assert.sameValue(a.at(-1), 3);
assert.sameValue(a.at(3), undefined);
assert.sameValue(a.at(1.7), 2);
