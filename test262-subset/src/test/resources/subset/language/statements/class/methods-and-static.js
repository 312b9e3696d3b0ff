/*---
description: Class methods live on the prototype, static methods on the constructor
features: [class]
---*/

class Point {
  constructor(x, y) { this.x = x; this.y = y; }
  norm2() { return this.x * this.x + this.y * this.y; }
  static origin() { return new Point(0, 0); }
}
var p = new Point(3, 4);
assert.sameValue(p.norm2(), 25);
assert.sameValue(Point.origin().x, 0);
assert.sameValue(Object.getOwnPropertyDescriptor(Point.prototype, "norm2").enumerable, false);
assert.sameValue(typeof Point.prototype.constructor, "function");
