// The order of microtasks: await ticks, thenable adoption, async function returns, queueMicrotask.
const log = [];
const step = (s) => log.push(s);
Promise.resolve().then(() => step("p1")).then(() => step("p2")).then(() => step("p3")).then(() => step("p4"));
(async () => {
  step("a: sync part");
  await undefined;
  step("a: after 1 tick");
  await Promise.resolve();
  step("a: after 2 ticks");
})();
(async () => {
  // awaiting a thenable costs two more ticks than awaiting a native promise
  await { then(resolve) { step("b: then called"); resolve(); } };
  step("b: after thenable");
})();
async function returnsPromise() { return Promise.resolve("x"); }
returnsPromise().then(v => step("c: resolved with " + v));
queueMicrotask(() => step("microtask"));
new Promise(resolve => resolve(Promise.resolve())).then(() => step("d: resolved with a promise"));
step("sync end");
setTimeout(() => {
  step("timeout");
  print(log.join("\n"));
}, 0);

// expect: a: sync part
// expect: sync end
// expect: p1
// expect: a: after 1 tick
// expect: b: then called
// expect: microtask
// expect: p2
// expect: a: after 2 ticks
// expect: b: after thenable
// expect: p3
// expect: c: resolved with x
// expect: d: resolved with a promise
// expect: p4
// expect: timeout
