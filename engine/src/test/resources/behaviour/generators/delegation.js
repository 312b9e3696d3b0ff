// yield* forwards next/throw/return, closes inner iterators, and works with any iterable.
function* inner() {
  try {
    const a = yield "i1";
    print("inner got " + a);
    yield "i2";
  } catch (e) {
    print("inner caught " + e);
    yield "recovered";
  } finally {
    print("inner finally");
  }
  return "inner result";
}
function* outer() {
  const r = yield* inner();
  print("outer got " + r);
  yield* [7, 8];
  yield* ["h", "i"];
}
print([...outer()].join());
let it = outer();
it.next();
print(it.throw("boom").value);
print(it.next().value);
it = outer();
it.next();
print(JSON_(it.return("early")));
const custom = {
  [Symbol.iterator]() { return this; },
  i: 0,
  next(v) { print("next(" + v + ")"); return { value: this.i, done: this.i++ >= 2 }; },
  return(v) { print("return(" + v + ")"); return { value: "ret", done: true }; },
};
function* over() { const r = yield* custom; print("custom result " + r); }
it = over();
it.next("ignored first");
it.next("second");
it.next("third");
custom.i = 0;
it = over();
it.next();
print(JSON_(it.return("bye")));
const noThrow = { [Symbol.iterator]() { return this; }, next() { return { value: 1, done: false }; }, return() { print("closed"); return {}; } };
function* overNoThrow() { yield* noThrow; }
it = overNoThrow();
it.next();
try { it.throw("x"); } catch (e) { print(e.constructor.name); }
function* deep(n) { if (n > 0) yield* deep(n - 1); yield n; }
print([...deep(5)].join());
function JSON_(r) { return `{${String(r.value)},${r.done}}`; }

// expect: inner got undefined
// expect: inner finally
// expect: outer got inner result
// expect: i1,i2,7,8,h,i
// expect: inner caught boom
// expect: recovered
// expect: inner finally
// expect: outer got inner result
// expect: 7
// expect: inner finally
// expect: {early,true}
// expect: next(undefined)
// expect: next(second)
// expect: next(third)
// expect: custom result 2
// expect: next(undefined)
// expect: return(bye)
// expect: {ret,true}
// expect: closed
// expect: TypeError
// expect: 0,1,2,3,4,5
