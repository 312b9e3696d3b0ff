// Async errors become rejections; an unhandled rejection ends the run with an error.
async function fails() { throw new TypeError("from async"); }
fails().catch(e => print("caught:", e.constructor.name, e.message));
async function badParams(a = undefinedVariable) { return a; }
badParams().catch(e => print("parameter error rejects:", e.constructor.name));
const p = Promise.reject(new Error("handled in the same job drain"));
queueMicrotask(() => p.catch(e => print("handler added by a later job:", e.message)));
async function awaitRejected() { try { await Promise.reject("R"); } catch (e) { return "recovered " + e; } }
awaitRejected().then(print);
new Promise(() => { throw new RangeError("in executor"); }).catch(e => print("executor throw:", e.constructor.name));
Promise.resolve(1).then(() => { throw new Error("nobody catches this"); });

// expect: caught: TypeError from async
// expect: parameter error rejects: ReferenceError
// expect: executor throw: RangeError
// expect: handler added by a later job: handled in the same job drain
// expect: recovered R
// expect error: (in promise) Error: nobody catches this
