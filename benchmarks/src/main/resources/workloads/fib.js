// Workload "fib": recursive calls. One run computes fib(30) = 832040, 2,692,537 calls.
// Protocol (all workloads): the file defines run(); each call does the whole job, checks its own
// answer and throws an Error whose message starts with "wrong result" when it is wrong.

function fib(n) {
    return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

function run() {
    var r = fib(30);
    if (r !== 832040) {
        throw new Error("wrong result: fib(30) = " + r + ", expected 832040");
    }
    return r;
}
