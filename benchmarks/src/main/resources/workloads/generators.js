// Workload "generators": generator resume throughput. One generator `for (;;) x = yield x + 1`
// is driven by 1,000,000 next(v) calls from JavaScript per run (the 10 M of the goal scaled down
// per invocation; the report gives resumes per second).

function* counter() {
    var x = 0;
    for (;;) {
        x = yield x + 1;
    }
}

var RESUMES = 1000000;

function run() {
    var g = counter();
    var v = g.next().value;
    for (var i = 0; i < RESUMES; i++) {
        v = g.next(v).value;
    }
    if (v !== RESUMES + 1) {
        throw new Error("wrong result: generators last value " + v + ", expected " + (RESUMES + 1));
    }
    return v;
}
