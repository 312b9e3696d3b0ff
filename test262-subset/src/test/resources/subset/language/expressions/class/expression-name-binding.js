/*---
description: A class expression name is bound inside the class only
features: [class]
---*/

var C = class Inner { who() { return Inner; } };
assert.sameValue(new C().who(), C);
assert.sameValue(typeof Inner, "undefined");
assert.sameValue(C.name, "Inner");
var Anon = class {};
assert.sameValue(Anon.name, "Anon");
