/*---
description: Symbols carry a description; toString shows it
features: [Symbol.prototype.description]
---*/

var s = Symbol("desc");
assert.sameValue(s.description, "desc");
assert.sameValue(s.toString(), "Symbol(desc)");
assert.sameValue(Symbol().description, undefined);
assert.sameValue(Symbol().toString(), "Symbol()");
assert.notSameValue(Symbol("a"), Symbol("a"));
