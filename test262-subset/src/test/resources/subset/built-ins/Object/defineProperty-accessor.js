/*---
description: Object.defineProperty with get and set
---*/

var o = {}, stored;
Object.defineProperty(o, "acc", {
  get: function () { return "got"; },
  set: function (v) { stored = v; },
  configurable: true
});
assert.sameValue(o.acc, "got");
o.acc = 5;
assert.sameValue(stored, 5);
assert.throws(TypeError, function () {
  Object.defineProperty({}, "bad", { get: function () {}, value: 1 });
});
