// The generator object protocol: states, re-entry, return/throw before start, prototypes.
function* g() { yield 1; }
let it = g();
print(JSON_(it.return(5)), JSON_(it.next()));
it = g();
try { it.throw(new Error("early")); } catch (e) { print("thrown before start:", e.message); }
print(JSON_(it.next()));
function* selfRef() { try { self.next(); } catch (e) { print(e.constructor.name + ": " + e.message); } yield "ok"; }
const self = selfRef();
print(self.next().value);
const GeneratorFunction = Object.getPrototypeOf(function* () {}).constructor;
const Generator = Object.getPrototypeOf(g);
const GeneratorPrototype = Generator.prototype;
print(GeneratorFunction.name, GeneratorFunction.length, Object.getPrototypeOf(GeneratorFunction) === Function);
print(Object.getPrototypeOf(g.prototype) === GeneratorPrototype, Object.getPrototypeOf(GeneratorPrototype) === Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())));
print(Object.prototype.toString.call(it), GeneratorPrototype[Symbol.toStringTag], Generator[Symbol.toStringTag]);
print(typeof g.prototype, g.hasOwnProperty("caller"), "constructor" in g.prototype && g.prototype.constructor === GeneratorPrototype.constructor);
const made = new GeneratorFunction("a", "b", "yield a; yield b;");
print([...made(1, 2)].join(), made.name);
try { new g(); } catch (e) { print(e.constructor.name); }
try { GeneratorPrototype.next.call({}); } catch (e) { print(e.constructor.name); }
const obj = { *gen() { yield this.x; }, x: "method this" };
print(obj.gen().next().value);
class K { static *s() { yield "static"; } *[Symbol.iterator]() { yield "iter"; } }
print(K.s().next().value, [...new K()].join());
function JSON_(r) { return `{${String(r.value)},${r.done}}`; }

// expect: {5,true} {undefined,true}
// expect: thrown before start: early
// expect: {undefined,true}
// expect: TypeError: Generator is already running
// expect: ok
// expect: GeneratorFunction 1 true
// expect: true true
// expect: [object Generator] Generator GeneratorFunction
// expect: object false true
// expect: 1,2 anonymous
// expect: TypeError
// expect: TypeError
// expect: method this
// expect: static iter
