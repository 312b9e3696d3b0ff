/*---
description: Object patterns with renaming, defaults and nesting
features: [destructuring-binding]
---*/

var { a, b: renamed, c = 3, d: { e } = { e: "deep" } } = { a: 1, b: 2 };
assert.sameValue(a, 1);
assert.sameValue(renamed, 2);
assert.sameValue(c, 3);
assert.sameValue(e, "deep");
