/*---
description: Object rest collects the remaining own enumerable properties
features: [object-rest]
---*/

var { a, ...others } = { a: 1, b: 2, c: 3 };
assert.sameValue(a, 1);
assert.sameValue(Object.keys(others).join(), "b,c");
