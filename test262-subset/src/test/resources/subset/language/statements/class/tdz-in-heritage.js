/*---
description: The class binding is in its temporal dead zone in the heritage expression
features: [class]
---*/

assert.throws(ReferenceError, function () { class C extends C {} });
