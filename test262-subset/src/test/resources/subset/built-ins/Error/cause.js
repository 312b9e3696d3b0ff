/*---
description: The cause option is installed as an own property
features: [error-cause]
---*/

var inner = new Error("inner");
var e = new Error("outer", { cause: inner });
assert.sameValue(e.cause, inner);
assert.sameValue(new Error("x", {}).hasOwnProperty("cause"), false);
