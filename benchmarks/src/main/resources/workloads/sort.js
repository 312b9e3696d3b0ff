// Workload "sort": Array.prototype.sort of 100,000 numbers (fractional, with duplicates) with a
// comparator function, on a fresh copy of the same unsorted input each run.

var INPUT = (function () {
    var a = [];
    var seed = 987654321;
    for (var i = 0; i < 100000; i++) {
        seed = (seed * 69069 + 1) % 4294967296;
        a.push((seed % 50000) / 4);
    }
    return a;
})();

function run() {
    var a = INPUT.slice();
    a.sort(function (x, y) {
        return x - y;
    });
    var checksum = 0;
    for (var i = 1; i < a.length; i++) {
        if (a[i - 1] > a[i]) {
            throw new Error("wrong result: sort: not sorted at index " + i);
        }
        if (i % 1000 === 0) {
            checksum += a[i];
        }
    }
    if (a.length !== 100000 || checksum !== EXPECTED) {
        throw new Error("wrong result: sort checksum " + checksum + ", expected " + EXPECTED);
    }
    return checksum;
}

var EXPECTED = 619153.5;
