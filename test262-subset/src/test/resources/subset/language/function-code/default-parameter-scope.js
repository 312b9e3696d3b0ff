/*---
description: Default parameter initializers run left to right in their own scope
features: [default-parameters]
---*/

var x = "outer";
function f(a = x, b = a + "!") {
  var x = "inner";
  return a + b;
}
assert.sameValue(f(), "outerouter!");
assert.throws(ReferenceError, function () {
  (function (p = q, q) {})();
});
