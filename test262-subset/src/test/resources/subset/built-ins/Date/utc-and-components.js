/*---
description: Date.UTC and the UTC getters agree
---*/

var t = Date.UTC(2020, 1, 29, 12, 30);
var d = new Date(t);
assert.sameValue(d.getUTCFullYear(), 2020);
assert.sameValue(d.getUTCMonth(), 1);
assert.sameValue(d.getUTCDate(), 29);
assert.sameValue(d.toISOString(), "2020-02-29T12:30:00.000Z");
assert.sameValue(isNaN(new Date(NaN).getTime()), true);
