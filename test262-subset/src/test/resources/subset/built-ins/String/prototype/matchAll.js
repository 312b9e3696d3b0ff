/*---
description: matchAll iterates over all matches of a global regexp
features: [String.prototype.matchAll]
---*/

var all = [..."a1b22".matchAll(/\d+/g)].map(function (m) { return m[0]; });
assert.sameValue(all.join(), "1,22");
