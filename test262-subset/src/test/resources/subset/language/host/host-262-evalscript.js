/*---
description: $262.evalScript runs a global script and returns its completion value
---*/

assert.sameValue($262.evalScript("var evalScriptVar = 7; evalScriptVar * 6;"), 42);
assert.sameValue(evalScriptVar, 7);
assert.throws(SyntaxError, function () { $262.evalScript("var;"); });
assert.sameValue($262.global, this);
