/*---
description: Relational operators convert the left operand first
---*/

var log = [];
var a = { valueOf: function () { log.push("a"); return 1; } };
var b = { valueOf: function () { log.push("b"); return 2; } };
assert.sameValue(a > b, false);
assert.sameValue(log.join(""), "ab");
