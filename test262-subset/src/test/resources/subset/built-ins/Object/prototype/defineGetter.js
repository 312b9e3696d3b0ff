/*---
description: __defineGetter__ and __lookupGetter__
features: [__getter__]
---*/

var o = {};
o.__defineGetter__("g", function () { return 5; });
assert.sameValue(o.g, 5);
assert.sameValue(typeof o.__lookupGetter__("g"), "function");
