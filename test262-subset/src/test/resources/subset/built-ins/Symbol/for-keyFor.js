/*---
description: Symbol.for uses the global registry; keyFor looks it up
---*/

var a = Symbol.for("app.key");
assert.sameValue(Symbol.for("app.key"), a);
assert.sameValue(Symbol.keyFor(a), "app.key");
assert.sameValue(Symbol.keyFor(Symbol("local")), undefined);
assert.throws(TypeError, function () { Symbol.keyFor("string"); });
