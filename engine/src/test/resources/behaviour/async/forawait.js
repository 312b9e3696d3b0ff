// for await: async iterables, sync iterables of promises, break closing the iterator.
const log = (...a) => print(...a);
function makeAsyncIterable(n) {
  let i = 0;
  return {
    [Symbol.asyncIterator]() { return this; },
    next() { return Promise.resolve({ value: i, done: i++ >= n }); },
    return() { log("return called at " + i); return Promise.resolve({ done: true }); },
  };
}
(async () => {
  for await (const v of makeAsyncIterable(3)) log("value", v);
  for await (const v of makeAsyncIterable(10)) { if (v === 2) break; log("before break", v); }
  try {
    for await (const v of makeAsyncIterable(10)) { if (v === 1) throw new Error("in body"); }
  } catch (e) { log("caught", e.message); }
  const labelled = async () => {
    outer: for (const a of [1, 2]) {
      for await (const b of makeAsyncIterable(5)) { if (b === 1) continue outer; log("pair", a, b); }
    }
  };
  await labelled();
  for await (const p of [Promise.resolve("p1"), "v2", Promise.resolve("p3")]) log(p);
  try {
    for await (const p of [Promise.reject(new Error("rejected element"))]) log("unreachable", p);
  } catch (e) { log("caught", e.message); }
  const result = await (async () => { for await (const v of makeAsyncIterable(5)) { if (v === 3) return "returned " + v; } })();
  log(result);
})();

// expect: value 0
// expect: value 1
// expect: value 2
// expect: before break 0
// expect: before break 1
// expect: return called at 3
// expect: return called at 2
// expect: caught in body
// expect: pair 1 0
// expect: return called at 2
// expect: pair 2 0
// expect: return called at 2
// expect: p1
// expect: v2
// expect: p3
// expect: caught rejected element
// expect: return called at 4
// expect: returned 3
