/*---
description: A class may extend null; its prototype has a null prototype
features: [class]
---*/

class N extends null {}
assert.sameValue(Object.getPrototypeOf(N.prototype), null);
