/*---
description: Getters and setters in object literals
---*/

var store = 0;
var o = {
  get value() { return store * 2; },
  set value(v) { store = v; }
};
o.value = 5;
assert.sameValue(o.value, 10);
var d = Object.getOwnPropertyDescriptor(o, "value");
assert.sameValue(typeof d.get, "function");
assert.sameValue(typeof d.set, "function");
assert.sameValue(d.enumerable, true);
assert.sameValue(d.get.name, "get value");
