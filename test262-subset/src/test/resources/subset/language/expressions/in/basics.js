/*---
description: The in operator looks up the prototype chain and needs an object
---*/

var proto = { inherited: 1 };
var o = Object.create(proto);
o.own = 2;
assert.sameValue("own" in o, true);
assert.sameValue("inherited" in o, true);
assert.sameValue("toString" in {}, true);
assert.sameValue(0 in [5], true);
assert.sameValue(1 in [5], false);
assert.throws(TypeError, function () { "x" in "string"; });
