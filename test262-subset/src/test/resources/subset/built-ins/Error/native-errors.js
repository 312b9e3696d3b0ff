/*---
description: The native error constructors inherit from Error
---*/

var ctors = [EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError];
for (var i = 0; i < ctors.length; i++) {
  var C = ctors[i];
  var e = new C("x");
  assert.sameValue(e instanceof Error, true, C.name);
  assert.sameValue(Object.getPrototypeOf(C), Error, C.name + " constructor prototype");
  assert.sameValue(Object.getPrototypeOf(C.prototype), Error.prototype);
  assert.sameValue(C.prototype.name, C.name);
  assert.sameValue(C.prototype.message, "");
  assert.sameValue(C.length, 1);
}
