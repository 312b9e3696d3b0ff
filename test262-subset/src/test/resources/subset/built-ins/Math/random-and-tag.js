/*---
description: random is in [0, 1); Math is a plain object with a tag
includes: [propertyHelper.js]
---*/

for (var i = 0; i < 100; i++) {
  var r = Math.random();
  assert(r >= 0 && r < 1, "in range: " + r);
}
assert.sameValue(Object.prototype.toString.call(Math), "[object Math]");
assert.sameValue(typeof Math, "object");
assert.throws(TypeError, function () { Math(); });
verifyProperty(Math, "PI", { writable: false, enumerable: false, configurable: false });
