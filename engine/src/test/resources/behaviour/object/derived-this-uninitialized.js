// A derived constructor that never calls super(): [[Construct]] reads the this binding after the
// body is gone (10.2.2 step 12), so the ReferenceError is not seen by a catch inside the
// constructor, and a finally block still runs before it.
class C extends Object {
  constructor() {
    try {
      return;
    } catch (e) {
      print("caught inside: wrong");
    } finally {
      print("finally");
    }
  }
}
try {
  new C();
  print("no error: wrong");
} catch (e) {
  print(e instanceof ReferenceError, e.message);
}
class D extends Object {
  constructor() {
    var f = () => this; // this captured in a cell
  }
}
try {
  Reflect.construct(D, []);
} catch (e) {
  print("Reflect:", e.constructor.name);
}
// reading this in the body before super() is the body's own error, caught inside
class E extends Object {
  constructor() {
    try {
      this.x = 1;
    } catch (e) {
      print("caught inside:", e.constructor.name);
    }
    super();
  }
}
print(new E() instanceof E);
// expect: finally
// expect: true Cannot access 'this' before initialization
// expect: Reflect: ReferenceError
// expect: caught inside: ReferenceError
// expect: true
