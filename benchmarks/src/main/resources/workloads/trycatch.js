// Workload "trycatch": try/catch/finally/throw. Throws Error objects (with their stack capture),
// custom error subclasses and plain values, from the same frame and from three calls deep,
// catches, rethrows and runs finally blocks.

function ValidationError(message, code) {
    this.message = message;
    this.code = code;
}
ValidationError.prototype = Object.create(Error.prototype);
ValidationError.prototype.constructor = ValidationError;
ValidationError.prototype.name = "ValidationError";

function check(i) {
    if (i % 3 === 0) {
        throw new ValidationError("bad " + i, i % 7);
    }
    if (i % 5 === 0) {
        throw { code: 5 };
    }
    return i;
}

function level2(i) {
    return check(i) + 1;
}

function level1(i) {
    try {
        return level2(i);
    } finally {
        finallies++;
    }
}

var finallies = 0;

function run() {
    finallies = 0;
    var sum = 0, caught = 0, rethrown = 0;
    for (var i = 0; i < 30000; i++) {
        try {
            sum += level1(i);
        } catch (e) {
            caught++;
            if (e instanceof ValidationError) {
                sum += e.code;
            } else {
                try {
                    throw new RangeError("wrapped " + e.code);
                } catch (e2) {
                    rethrown++;
                    sum += e2.message.length;
                }
            }
        }
        try {
            if (i % 2 === 0) {
                throw i;
            }
        } catch (n) {
            sum += n & 1;
        } finally {
            sum++;
        }
    }
    var checksum = sum + caught * 3 + rethrown * 5 + finallies * 7;
    if (checksum !== EXPECTED) {
        throw new Error("wrong result: trycatch checksum " + checksum + ", expected " + EXPECTED);
    }
    return checksum;
}

var EXPECTED = 240383999;
