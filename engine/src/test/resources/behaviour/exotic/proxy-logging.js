// A logging proxy around an object, used as a prototype and called as a function.
var log = [];
var target = { greet: function (name) { return "hi " + name; } };
var traced = new Proxy(target, {
  get(t, key, receiver) { log.push("get " + String(key)); return Reflect.get(t, key, receiver); },
  has(t, key) { log.push("has " + String(key)); return key in t; }
});
print(traced.greet("ann"));
// expect: hi ann
print("greet" in traced, "nope" in Object.create(traced));
// expect: true false
print(log.join(", "));
// expect: get greet, has greet, has nope
var double = new Proxy(function (x) { return x * 2; }, { apply(t, self, args) { return t(args[0]) + 1; } });
print(typeof double, double(20), [1, 2].map(double).join());
// expect: function 41 3,5
var r = Proxy.revocable({}, {});
r.revoke();
r.proxy.anything;
// expect error: TypeError: Cannot perform 'get' on a proxy that has been revoked
