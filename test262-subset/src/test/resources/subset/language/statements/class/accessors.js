/*---
description: Class getters and setters, instance and static
features: [class]
---*/

class Temp {
  constructor() { this._c = 0; }
  get f() { return this._c * 9 / 5 + 32; }
  set f(v) { this._c = (v - 32) * 5 / 9; }
  static get unit() { return "F"; }
}
var t = new Temp();
t.f = 212;
assert.sameValue(t._c, 100);
assert.sameValue(t.f, 212);
assert.sameValue(Temp.unit, "F");
