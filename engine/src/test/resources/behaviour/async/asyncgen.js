// Async generators: the request queue, awaits inside, return/throw while suspended, yield*.
async function* counter(limit) {
  try {
    for (let i = 0; i < limit; i++) {
      const got = yield await Promise.resolve(i);
      if (got !== undefined) print("counter got " + got);
    }
    return "counted";
  } finally {
    print("counter finally");
  }
}
const show = (r) => `${String(r.value)}/${r.done}`;
(async () => {
  const it = counter(3);
  // three requests queued before the first settles: answered in order
  const results = await Promise.all([it.next(), it.next("A"), it.next("B")]);
  print(results.map(show).join(" "));
  print(show(await it.next()));
  print(show(await it.next()));

  const it2 = counter(5);
  await it2.next();
  print("return:", show(await it2.return("early")));
  print("after return:", show(await it2.next()));

  const it3 = counter(5);
  await it3.next();
  try { await it3.throw(new Error("injected")); } catch (e) { print("throw rejected:", e.message); }

  async function* outer() {
    const r = yield* counter(2);
    print("delegate result " + r);
    yield* [Promise.resolve("sync-iterable value awaited"), "plain"];
  }
  const values = [];
  for await (const v of outer()) values.push(v);
  print(values.join(", "));

  const notStarted = counter(1);
  print("return before start:", show(await notStarted.return(Promise.resolve("P"))));

  const AsyncGeneratorFunction = Object.getPrototypeOf(async function* () {}).constructor;
  print(AsyncGeneratorFunction.name, Object.prototype.toString.call(counter(1)));
  const g = new AsyncGeneratorFunction("x", "yield x; yield x + 1;");
  const collected = [];
  for await (const v of g(10)) collected.push(v);
  print(collected.join());
})();

// expect: counter got A
// expect: counter got B
// expect: 0/false 1/false 2/false
// expect: counter finally
// expect: counted/true
// expect: undefined/true
// expect: counter finally
// expect: return: early/true
// expect: after return: undefined/true
// expect: counter finally
// expect: throw rejected: injected
// expect: counter finally
// expect: delegate result counted
// expect: 0, 1, sync-iterable value awaited, plain
// expect: return before start: P/true
// expect: AsyncGeneratorFunction [object AsyncGenerator]
// expect: 10,11
