function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
print("fib", fib(20));
function counter() { let c = 0; return () => ++c; }
var inc = counter(); inc(); inc(); print("counter", inc());
var o = { a: 1, b: { c: [1, 2, 3] }, get d() { return this.a + 1; }, m() { return "m" + this.a; } };
print("obj", o.a, o.b.c[2], o.d, o.m());
var s = 0; for (var i = 0; i < 10; i++) { if (i === 5) continue; s += i; } print("loop", s);
var arr = [1, 2, 3].map(x => x * 2); print("map", arr.join(","));
let [p, q = 5, ...r] = [1, undefined, 3, 4]; print("destr", p, q, r.join("|"));
let {a, b: {c: [, second]}, zz = "def"} = o; print("odestr", a, second, zz);
try { null.x; } catch (e) { print("caught", e instanceof TypeError, e.message); }
function fin() { try { return 1; } finally { print("finally ran"); } } print("fin", fin());
outer: for (var i = 0; i < 3; i++) { for (var j = 0; j < 3; j++) { if (j == 1) continue outer; if (i == 2) break outer; print("ij", i, j); } }
class A { constructor(x) { this.x = x; } get dbl() { return this.x * 2; } static make() { return new A(21); } }
class B extends A { constructor() { super(5); this.y = 1; } get dbl() { return super.dbl + 100; } }
print("class", A.make().dbl, new B().dbl, new B() instanceof A);
var t = `a${1 + 1}b${"c"}`; print("template", t);
print("typeof", typeof undefinedVar, typeof 1, typeof "s", typeof {}, typeof null, typeof function(){});
switch (3) { case 1: print("no"); case 3: print("three"); case 4: print("four"); break; default: print("def"); }
var x = 0; do { x++; } while (x < 5); print("dowhile", x);
for (const k in {aa: 1, bb: 2}) print("forin", k);
for (const v of [7, 8]) print("forof", v);
print("spread", Math.max(...[1, 5, 3]), [...[1, 2], 3].length);
print("opt", o?.b?.c?.[1], o.nope?.x, o.nope?.());
print("nullish", null ?? "d", 0 ?? "e", 0 || "f");
class C { #priv = 42; static #sp = 1; get p() { return this.#priv; } static sp() { return C.#sp; } #m() { return "pm"; } callM() { return this.#m(); } }
print("private", new C().p, C.sp(), new C().callM());
print("exp", 2 ** 10, (-2) ** 2);
var counterObj = { n: 0 }; counterObj.n += 5; counterObj.n++; print("compound", counterObj.n);
print("in", "a" in o, "zz" in o);
print("arguments", (function() { return arguments.length; })(1, 2, 3));
print("args mapped", (function(a) { arguments[0] = 9; return a; })(1));
print("rest", ((...xs) => xs.length)(1, 2, 3, 4));
print("def param", ((a, b = a + 1) => a + b)(1));
label: { print("in block"); break label; print("not here"); }
var fns = []; for (let i = 0; i < 3; i++) fns.push(() => i); print("perIter", fns.map(f => f()).join(","));
print("str", "abc".toUpperCase(), "abc".length, "abc"[1], "hello".slice(1, 3));
print("num", (255).toString(16), (0.1 + 0.2).toFixed(2), 1e21, 1 / 3);
print("json-ish", String([1, [2, 3]]), String({}));
var gen = { [Symbol.iterator]() { let i = 0; return { next: () => ({ value: i, done: i++ >= 2 }) }; } };
print("void", void 0);
print("delete", delete o.a, o.a);
print("instanceof", [] instanceof Array, [] instanceof Object);
print("getter class", Object.getOwnPropertyNames(A.prototype).join(","));
print("done");

// Expected output (checked by hand against the spec):
// expect: fib 6765
// expect: counter 3
// expect: obj 1 3 2 m1
// expect: loop 40
// expect: map 2,4,6
// expect: destr 1 5 3|4
// expect: odestr 1 2 def
// expect: caught true Cannot read properties of null (reading 'x')
// expect: finally ran
// expect: fin 1
// expect: ij 0 0
// expect: ij 1 0
// expect: class 42 110 true
// expect: template a2bc
// expect: typeof undefined number string object object function
// expect: three
// expect: four
// expect: dowhile 5
// expect: forin aa
// expect: forin bb
// expect: forof 7
// expect: forof 8
// expect: spread 5 3
// expect: opt 2 undefined undefined
// expect: nullish d 0 f
// expect: private 42 1 pm
// expect: exp 1024 4
// expect: compound 6
// expect: in true false
// expect: arguments 3
// expect: args mapped 9
// expect: rest 4
// expect: def param 3
// expect: in block
// expect: perIter 0,1,2
// expect: str ABC 3 b el
// expect: num ff 0.30 1e+21 0.3333333333333333
// expect: json-ish 1,2,3 [object Object]
// expect: void undefined
// expect: delete true undefined
// expect: instanceof true true
// expect: getter class constructor,dbl
// expect: done
