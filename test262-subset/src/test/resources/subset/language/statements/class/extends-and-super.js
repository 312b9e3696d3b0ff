/*---
description: A derived class calls the parent constructor and methods with super
features: [class]
---*/

class Animal {
  constructor(name) { this.name = name; }
  speak() { return this.name + " makes a sound"; }
}
class Dog extends Animal {
  constructor(name) { super(name); this.kind = "dog"; }
  speak() { return super.speak() + " (woof)"; }
}
var d = new Dog("Rex");
assert.sameValue(d.speak(), "Rex makes a sound (woof)");
assert.sameValue(d instanceof Animal, true);
assert.sameValue(Object.getPrototypeOf(Dog), Animal);
