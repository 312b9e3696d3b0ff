// Workload "closures": closures and higher-order functions. Creates counters and accumulators
// that capture mutable variables, composes and curries small functions, memoizes, and drives
// callbacks through a hand-written iteration helper, so that closure creation, captured-variable
// reads and writes and calls of function values dominate.

function makeCounter(start, step) {
    var value = start;
    return {
        next: function () {
            value += step;
            return value;
        },
        get: function () {
            return value;
        }
    };
}

function compose(f, g) {
    return function (x) {
        return f(g(x));
    };
}

function curry3(f) {
    return function (a) {
        return function (b) {
            return function (c) {
                return f(a, b, c);
            };
        };
    };
}

function memoize(f) {
    var cache = {};
    return function (n) {
        var key = "k" + n;
        var hit = cache[key];
        if (hit !== undefined) {
            return hit;
        }
        var v = f(n);
        cache[key] = v;
        return v;
    };
}

function times(n, fn) {
    for (var i = 0; i < n; i++) {
        fn(i);
    }
}

function run() {
    var total = 0;
    // Short-lived closures over loop state.
    var counters = [];
    times(1000, function (i) {
        counters.push(makeCounter(i, (i % 7) + 1));
    });
    times(200, function () {
        for (var c = 0; c < counters.length; c++) {
            counters[c].next();
        }
    });
    for (var c = 0; c < counters.length; c++) {
        total += counters[c].get();
    }
    // Composition chains built once, called many times.
    var inc = function (x) { return x + 1; };
    var dbl = function (x) { return x * 2; };
    var mod = function (x) { return x % 1009; };
    var pipeline = compose(mod, compose(inc, compose(dbl, compose(inc, dbl))));
    var acc = 0;
    times(100000, function (i) {
        acc = pipeline(acc + i);
    });
    total += acc;
    // Currying: a fresh closure per argument.
    var volume = curry3(function (a, b, c) { return a * b + c; });
    var sum = 0;
    for (var i = 0; i < 30000; i++) {
        sum = (sum + volume(i % 13)(i % 17)(i % 19)) % 1000003;
    }
    total += sum;
    // Memoized recursion through a captured binding.
    var ways = memoize(function (n) {
        return n < 2 ? 1 : (ways(n - 1) + ways(n - 2)) % 1000007;
    });
    for (i = 0; i < 400; i += 40) {
        total += ways(i);
    }
    if (total !== EXPECTED) {
        throw new Error("wrong result: closures total " + total + ", expected " + EXPECTED);
    }
    return total;
}

var EXPECTED = 5968760;
