// Workload "arrays": array methods with callbacks on 100,000 elements: map, filter, reduce,
// forEach, some, every, indexOf, slice, concat, reverse and sort with a comparator.

var SIZE = 100000;
var INPUT = (function () {
    var a = [];
    var seed = 12345;
    for (var i = 0; i < SIZE; i++) {
        seed = (seed * 69069 + 1) % 4294967296;
        a.push(seed % 10000);
    }
    return a;
})();

function run() {
    var doubled = INPUT.map(function (x, i) {
        return x * 2 + (i & 1);
    });
    var odd = doubled.filter(function (x) {
        return (x & 1) === 1;
    });
    var sum = odd.reduce(function (acc, x) {
        return acc + x;
    }, 0);
    var big = 0;
    doubled.forEach(function (x) {
        if (x > 15000) {
            big++;
        }
    });
    var anyZero = INPUT.some(function (x) {
        return x === 0;
    });
    var allSmall = INPUT.every(function (x) {
        return x < 10000;
    });
    var where = INPUT.indexOf(INPUT[SIZE - 1]);
    var joined = INPUT.slice(0, 1000).concat(INPUT.slice(SIZE - 1000)).reverse();
    var sorted = odd.sort(function (a, b) {
        return b - a;
    });
    var sample = sorted[0] + sorted[sorted.length >> 1] + sorted[sorted.length - 1];
    var checksum = sum % 1000000007 + big * 3 + (anyZero ? 5 : 0) + (allSmall ? 7 : 0) + where
        + joined[0] + joined.length + odd.length + sample;
    if (checksum !== EXPECTED) {
        throw new Error("wrong result: arrays checksum " + checksum + ", expected " + EXPECTED);
    }
    return checksum;
}

var EXPECTED = 501699496;
