/*---
description: A method call passes the base object as this
flags: [onlyStrict]
---*/

var o = { name: "o", who: function () { return this && this.name; } };
assert.sameValue(o.who(), "o");
assert.sameValue(o["who"](), "o");
assert.sameValue((o.who)(), "o", "parentheses keep the reference");
var f = o.who;
assert.sameValue(f(), undefined, "strict: this is undefined");
