/*---
description: WeakSet accepts only objects
features: [WeakSet]
---*/

var ws = new WeakSet();
var o = {};
ws.add(o);
assert.sameValue(ws.has(o), true);
assert.throws(TypeError, function () { ws.add("s"); });
