/*---
description: super.method() calls the parent method with the same this
features: [super]
---*/

var base = { greet() { return "hi " + this.name; } };
var derived = { __proto__: base, name: "d", greet() { return super.greet() + "!"; } };
assert.sameValue(derived.greet(), "hi d!");
