/*---
description: A frozen array rejects push and length changes
---*/

var a = Object.freeze([1]);
assert.throws(TypeError, function () { a.push(2); });
assert.throws(TypeError, function () { "use strict"; a.length = 0; });
assert.sameValue(a.length, 1);
