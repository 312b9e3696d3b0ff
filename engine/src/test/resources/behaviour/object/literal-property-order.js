// Object literals define their members in source order (13.2.5.4), and own keys come out in
// creation order (10.1.11.1), also when the literal starts with a spread and has accessors.
// (node 20 lists the accessor last here; found by the differential fuzzer.)
var o = { ...{}, get a() { return 1; }, b: 2 };
print(Object.keys(o).join());
// expect: a,b
var p = { ...{ x: 0 }, set c(v) {}, "x y": 1, get d() { return 2; } };
print(Object.keys(p).join());
// expect: x,c,x y,d
var q = { ...0, b: 1, get a() { return 3; } };
print(JSON.stringify(q));
// expect: {"b":1,"a":3}
