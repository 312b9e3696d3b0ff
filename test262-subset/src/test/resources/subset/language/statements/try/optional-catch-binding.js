/*---
description: catch without a binding
features: [optional-catch-binding]
---*/

var caught = false;
try { throw 1; } catch { caught = true; }
assert.sameValue(caught, true);
