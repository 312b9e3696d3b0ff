/*---
description: instanceof walks the prototype chain of the left operand
---*/

function A() {}
function B() {}
B.prototype = Object.create(A.prototype);
var b = new B();
assert.sameValue(b instanceof B, true);
assert.sameValue(b instanceof A, true);
assert.sameValue(b instanceof Object, true);
assert.sameValue(1 instanceof Number, false);
assert.sameValue(Object.create(null) instanceof Object, false);
assert.throws(TypeError, function () { b instanceof {}; });
