/*---
description: A generator declaration can be iterated with for-of and spread
features: [generators]
---*/

function* range(n) { for (var i = 0; i < n; i++) yield i; }
assert.sameValue([...range(4)].join(), "0,1,2,3");
