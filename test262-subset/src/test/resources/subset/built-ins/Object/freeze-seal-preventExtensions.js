/*---
description: freeze, seal and preventExtensions and their predicates
---*/

var f = Object.freeze({ a: 1 });
assert.sameValue(Object.isFrozen(f), true);
assert.sameValue(Object.isSealed(f), true);
assert.sameValue(Object.isExtensible(f), false);
var s = Object.seal({ a: 1 });
s.a = 2;
assert.sameValue(s.a, 2, "sealed properties stay writable");
assert.sameValue(Object.isFrozen(s), false);
assert.throws(TypeError, function () { "use strict"; s.b = 1; });
var p = Object.preventExtensions({ a: 1 });
delete p.a;
assert.sameValue("a" in p, false);
assert.sameValue(Object.isFrozen(p), true, "an empty non-extensible object is frozen");
assert.sameValue(Object.freeze(1), 1);
