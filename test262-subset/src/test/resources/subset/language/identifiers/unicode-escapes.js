/*---
description: Identifiers may contain Unicode escapes and non-ASCII letters
---*/

var \u0061bc = 1;
assert.sameValue(abc, 1);
var ünïcødé = 2;
assert.sameValue(ünïcødé, 2);
var $_dollar = 3;
assert.sameValue($_dollar, 3);
