// Workload "await": await throughput. An async function awaits an already-resolved promise
// 100,000 times per run. run() starts it; the host then drains the promise job queue and calls
// finish(), which checks that the async function completed with the right sum.

var AWAITS = 100000;
var result = -1;

async function loop(n) {
    var p = Promise.resolve(1);
    var sum = 0;
    for (var i = 0; i < n; i++) {
        sum += await p;
    }
    return sum;
}

function run() {
    result = -1;
    loop(AWAITS).then(function (v) {
        result = v;
    });
    return AWAITS;
}

function finish() {
    if (result !== AWAITS) {
        throw new Error("wrong result: await sum " + result + ", expected " + AWAITS
            + " (were the promise jobs run?)");
    }
    return result;
}
