// A derived constructor that returns a primitive: [[Construct]] throws the TypeError after the
// body is gone, so a catch inside the constructor does not see it (10.2.2 steps 9-10).
class C extends class {} {
  constructor() {
    super();
    try {
      return 0;
    } catch (e) {
      print("caught inside: wrong");
      return;
    }
  }
}
try {
  new C();
  print("no error: wrong");
} catch (e) {
  print(e instanceof TypeError, e.message);
}
class D extends Object {
  constructor() {
    super();
    return undefined;
  }
}
print(new D() instanceof D);
// from Java (Reflect.construct re-enters the interpreter)
try {
  Reflect.construct(C, []);
} catch (e) {
  print("Reflect:", e.constructor.name);
}
// expect: true Derived constructors may only return object or undefined
// expect: true
// expect: Reflect: TypeError
