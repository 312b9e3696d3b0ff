/*---
description: Private fields and methods are reachable only inside the class
features: [class-fields-private, class-methods-private, class-fields-private-in]
---*/

class Counter {
  #count = 0;
  #bump() { this.#count++; }
  inc() { this.#bump(); return this.#count; }
  static has(o) { return #count in o; }
}
var c = new Counter();
c.inc();
assert.sameValue(c.inc(), 2);
assert.sameValue(Counter.has(c), true);
assert.sameValue(Counter.has({}), false);
