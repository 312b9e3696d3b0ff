// A named member of an object literal is defined through the site's inline cache once it has
// seen an object of the same shape (DEFINE_NAMED): each case runs the same literal many times,
// so that the later objects take the cached path, and checks that they end up exactly like the
// first one.
function describe(o) {
    return Object.getOwnPropertyNames(o).map(function (k) {
        var d = Object.getOwnPropertyDescriptor(o, k);
        return k + ("value" in d ? "=" + d.value : "(accessor)") + (d.writable === false ? " ro" : "")
            + (d.enumerable ? "" : " hidden") + (d.configurable ? "" : " fixed");
    }).join(", ") + " proto " + (Object.getPrototypeOf(o) === null ? "null" : Object.getPrototypeOf(o) === Object.prototype ? "Object" : "other");
}
function same(make) {
    var first = describe(make(0)), out = first;
    for (var i = 1; i < 3000; i++) {
        var d = describe(make(0));
        if (d !== first) {
            out = "differs at " + i + ": " + d;
            break;
        }
    }
    return out;
}

// a setter on Object.prototype is not called: a literal defines, it does not assign
var calls = 0;
Object.defineProperty(Object.prototype, "x", { set: function (v) { calls++; }, configurable: true });
print(same(function (i) { return { x: 1, y: 2 }; }), calls);
// expect: x=1, y=2 proto Object 0

// a repeated name overwrites the first value in place; an accessor then a value makes a data property
print(same(function (i) { return { a: 1, b: 2, a: 3 }; }));
// expect: a=3, b=2 proto Object
print(same(function (i) { return { get a() { return 1; }, a: 4, b: 5 }; }));
// expect: a=4, b=5 proto Object

// __proto__ in the literal gives another shape at the same sites
print(same(function (i) { return { __proto__: null, p: 1, q: 2 }; }));
// expect: p=1, q=2 proto null

// one site that sees several shapes: the spread decides what is there already
var shapes = [{}, { m: 0 }, { n: 0 }, { m: 0, n: 0 }, { k: 0 }, { j: 0 }];
var seen = [];
for (var r = 0; r < 2000; r++) {
    var base = shapes[r % shapes.length];
    var o = { ...base, m: r, n: r + 1 };
    if (o.m !== r || o.n !== r + 1) {
        seen.push("wrong at " + r);
        break;
    }
    if (r < shapes.length) {
        seen.push(Object.keys(o).join(""));
    }
}
print(seen.join(" "));
// expect: mn mn nm mn kmn jmn

// a frozen spread source does not freeze the literal
print(same(function (i) { return { ...Object.freeze({ f: 1 }), g: 2 }; }));
// expect: f=1, g=2 proto Object
delete Object.prototype.x;
