/*---
description: Symbol cannot be called with new and does not convert implicitly
---*/

assert.throws(TypeError, function () { new Symbol(); });
assert.throws(TypeError, function () { Symbol() + ""; });
assert.throws(TypeError, function () { Symbol() * 1; });
assert.sameValue(typeof Object(Symbol()), "object");
