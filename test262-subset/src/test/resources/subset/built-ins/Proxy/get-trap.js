/*---
description: A Proxy get trap intercepts property reads
features: [Proxy]
---*/

var p = new Proxy({}, { get: function (target, key) { return "trapped " + String(key); } });
assert.sameValue(p.anything, "trapped anything");
