/*---
description: Class methods with computed and symbol names
features: [class, computed-property-names, Symbol.iterator]
---*/

var key = "dyn";
class C {
  [key + "amic"]() { return 1; }
  [Symbol.iterator]() { return [1, 2][Symbol.iterator](); }
}
var c = new C();
assert.sameValue(c.dynamic(), 1);
var out = [];
for (var v of c) out.push(v);
assert.sameValue(out.join(), "1,2");
