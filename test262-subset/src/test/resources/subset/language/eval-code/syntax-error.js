/*---
description: eval of invalid code throws a SyntaxError at runtime
---*/

assert.throws(SyntaxError, function () { eval("var 1x;"); });
assert.sameValue(eval(42), 42, "non-strings are returned unchanged");
