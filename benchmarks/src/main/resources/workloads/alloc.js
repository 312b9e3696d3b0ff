// Workload "alloc": object allocation pressure. Builds and walks binary trees of small objects,
// and creates many short-lived points, arrays and object literals that die young.

function TreeNode(left, right, value) {
    this.left = left;
    this.right = right;
    this.value = value;
}

function build(depth, value) {
    // "<= 0", not "=== 0": Rhino 1.9.2's compiled mode gets `if (d === 0) ... f(d - 1)` recursion
    // wrong (see benchmarks/README.md); the work is the same either way.
    if (depth <= 0) {
        return new TreeNode(null, null, value);
    }
    return new TreeNode(build(depth - 1, value * 2), build(depth - 1, value * 2 + 1), value);
}

function checksum(node) {
    if (node.left === null) {
        return node.value & 1023;
    }
    return (checksum(node.left) + checksum(node.right) + 1) % 1000003;
}

function run() {
    var total = 0;
    // Trees: 8 trees of 32,767 nodes each, all garbage after the walk.
    for (var t = 0; t < 8; t++) {
        total += checksum(build(14, t + 1));
    }
    // Short-lived literals.
    var acc = 0;
    for (var i = 0; i < 200000; i++) {
        var p = { x: i, y: i + 1, tag: "p" };
        var pair = [p, { x: p.y, y: p.x }];
        acc = (acc + pair[1].x - pair[0].x + pair.length) % 1000003;
    }
    total += acc;
    if (total !== EXPECTED) {
        throw new Error("wrong result: alloc total " + total + ", expected " + EXPECTED);
    }
    return total;
}

var EXPECTED = 3774200;
