// Several generators advanced in turn share nothing but their own heap frames.
function* counter(name, n) {
  for (let i = 0; i < n; i++) {
    const got = yield `${name}${i}`;
    if (got) print(`${name} received ${got}`);
  }
  return `${name} done`;
}
const gens = [counter("a", 3), counter("b", 2), counter("c", 4)];
let round = 0;
let live = gens;
while (live.length) {
  const next = [];
  for (const g of live) {
    const r = g.next(round % 2 ? "r" + round : undefined);
    print(r.value);
    if (!r.done) next.push(g);
  }
  live = next;
  round++;
}
// a generator driving another one from inside its body
function* ping() { let n = 0; while (n < 3) n = yield "ping" + n; }
function* pong(p) { let r = p.next(); while (!r.done) { const v = yield r.value + "/pong"; r = p.next(v); } }
const pp = pong(ping());
print(pp.next().value, pp.next(1).value, pp.next(2).value, pp.next(3).done);

// expect: a0
// expect: b0
// expect: c0
// expect: a received r1
// expect: a1
// expect: b received r1
// expect: b1
// expect: c received r1
// expect: c1
// expect: a2
// expect: b done
// expect: c2
// expect: a received r3
// expect: a done
// expect: c received r3
// expect: c3
// expect: c done
// expect: ping0/pong ping1/pong ping2/pong true
