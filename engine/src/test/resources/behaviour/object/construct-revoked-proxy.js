// Regression: new on a proxy whose "prototype" get trap revokes it (and returns a primitive)
// made an object with %Object.prototype%; GetPrototypeFromConstructor asks GetFunctionRealm of
// the proxy for the default, and that throws for a revoked proxy (7.3.24 step 4.a).
var handle = Proxy.revocable(function () {}, {
  get: function () {
    handle.revoke();
  }
});
try {
  new handle.proxy();
  print("no error: wrong");
} catch (e) {
  print(e instanceof TypeError);
}
// the same for a bytecode constructor given the proxy as new.target
var handle2 = Proxy.revocable(function () {}, {
  get: function () {
    handle2.revoke();
  }
});
try {
  Reflect.construct(function () {}, [], handle2.proxy);
  print("no error: wrong");
} catch (e) {
  print(e instanceof TypeError);
}
// a primitive "prototype" from a live proxy: %Object.prototype% of the target's realm
var p = new Proxy(function () {}, { get: function () { return 1; } });
print(Object.getPrototypeOf(new p()) === Object.prototype);
// expect: true
// expect: true
// expect: true
