// Workload "props": 10 million iterations of monomorphic property reads and writes on one object
// (three reads and one write of integer-valued properties per iteration, all on the same shape).

function Counter(step) {
    this.count = 0;
    this.step = step;
    this.wraps = 0;
}

function run() {
    var c = new Counter(7);
    for (var i = 0; i < 10000000; i++) {
        c.count = c.count + c.step;
        if (c.count >= 1000003) {
            c.count = c.count - 1000003;
            c.wraps = c.wraps + 1;
        }
    }
    var r = c.count * 100 + c.wraps;
    if (c.count !== 999793 || c.wraps !== 69) {
        throw new Error("wrong result: props count=" + c.count + " wraps=" + c.wraps);
    }
    return r;
}
