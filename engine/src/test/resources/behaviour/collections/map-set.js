// Map and Set: SameValueZero keys, insertion order, live iteration.
var m = new Map([[1, "one"], ["1", "string one"], [NaN, "nan"]]);
m.set(-0, "zero").set(1, "uno");
print(m.size, m.get(1), m.get("1"), m.get(0 / 0), m.get(0));
// expect: 4 uno string one nan zero
var keys = [];
for (var [k, v] of m) keys.push(typeof k + ":" + String(k));
print(keys.join(" "));
// expect: number:1 string:1 number:NaN number:0

var s = new Set(["a", "b", "c"]);
var seen = [];
s.forEach(function (v) {
  seen.push(v);
  if (v === "a") { s.delete("b"); s.add("d"); }
});
print(seen.join());
// expect: a,c,d

var it = s.values();
print(it.next().value, Object.prototype.toString.call(it));
// expect: a [object Set Iterator]
s.clear();
s.add("after clear");
print(it.next().value, it.next().done, it.next().done);
// expect: after clear true true

class CountingMap extends Map {
  set(k, v) { this.count = (this.count || 0) + 1; return super.set(k, v); }
}
var cm = new CountingMap([[1, 1], [2, 2], [1, 3]]);
print(cm.count, cm.size, cm.get(1), CountingMap[Symbol.species] === CountingMap);
// expect: 3 2 3 true

var ws = new WeakSet(), key = {};
ws.add(key);
print(ws.has(key), ws.has({}), new WeakMap([[key, 42]]).get(key));
// expect: true false 42
new WeakMap().set("nope", 1);
// expect error: TypeError: Invalid value used as weak map key: nope
