/*---
description: The RegExp constructor validates flags and patterns
---*/

var re = new RegExp("a+", "gi");
assert.sameValue(re.source, "a+");
assert.sameValue(re.global, true);
assert.sameValue(re.ignoreCase, true);
assert.throws(SyntaxError, function () { new RegExp("a", "gg"); });
assert.throws(SyntaxError, function () { new RegExp("("); });
