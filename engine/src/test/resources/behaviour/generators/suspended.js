// Generators suspended inside try/finally, loops, blocks with captured lets and switch.
function* tf() {
  try {
    yield "in try";
    yield "never";
  } finally {
    print("finally runs on return");
  }
}
let g = tf();
print(g.next().value);
print(JSON_(g.return("R")));
print(JSON_(g.next()));

function* loops() {
  outer: for (let i = 0; i < 3; i++) {
    for (const j of [10, 20]) {
      if (i === 1 && j === 20) continue outer;
      yield i + j;
    }
  }
  let k = 0;
  do { yield "do" + k; } while (++k < 2);
}
print([...loops()].join());

function* closures() {
  const fns = [];
  for (let i = 0; i < 3; i++) {
    let captured = i * 10;
    fns.push(() => captured + i);
    yield fns.length;
    captured++;
  }
  yield fns.map(f => f()).join();
}
print([...closures()].join(" "));

function* sw(x) {
  switch (x) {
    case 1:
      yield "one";
    case 2: {
      let inner = "two";
      yield inner;
      break;
    }
    default:
      yield "other";
  }
  yield "after switch";
}
print([...sw(1)].join(), [...sw(2)].join(), [...sw(9)].join());

function* nestedFinally() {
  try {
    try {
      yield 1;
    } finally {
      print("inner finally");
      yield 2;
      print("inner finally resumed");
    }
  } finally {
    print("outer finally");
  }
}
g = nestedFinally();
g.next();
print(JSON_(g.return("x")));
print(JSON_(g.next("ignored")));
print(JSON_(g.next()));

function* catcher() {
  while (true) {
    try {
      yield "waiting";
    } catch (e) {
      print("caught " + e);
    }
  }
}
g = catcher();
g.next();
print(g.throw("E1").value);
print(g.throw("E2").value);
print(JSON_(g.return(0)));

function JSON_(r) { return `{value: ${String(r.value)}, done: ${r.done}}`; }

// expect: in try
// expect: finally runs on return
// expect: {value: R, done: true}
// expect: {value: undefined, done: true}
// expect: 10,20,11,12,22,do0,do1
// expect: 1 2 3 1,12,23
// expect: one,two,after switch two,after switch other,after switch
// expect: inner finally
// expect: {value: 2, done: false}
// expect: inner finally resumed
// expect: outer finally
// expect: {value: x, done: true}
// expect: {value: undefined, done: true}
// expect: caught E1
// expect: waiting
// expect: caught E2
// expect: waiting
// expect: {value: 0, done: true}
