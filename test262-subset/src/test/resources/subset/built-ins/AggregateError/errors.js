/*---
description: AggregateError keeps a list of errors
features: [AggregateError]
---*/

var e = new AggregateError([1, 2], "many");
assert.sameValue(e.message, "many");
assert.sameValue(e.errors.length, 2);
assert.sameValue(e instanceof Error, true);
