/*---
description: Reserved words are allowed as property names
---*/

var o = { if: 1, class: 2, new: 3, default: 4 };
assert.sameValue(o.if + o.class + o.new + o.default, 10);
