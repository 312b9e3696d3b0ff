/*---
description: A static block runs once when the class is defined
features: [class-static-block]
---*/

var log = [];
class C {
  static x = 1;
  static { log.push(this.x); }
}
assert.sameValue(log.join(), "1");
