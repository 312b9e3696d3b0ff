// A first Oryx program: a class, a generator, async/await and the standard library.
class Greeter {
  #greeting;
  constructor(greeting) { this.#greeting = greeting; }
  greet(name) { return `${this.#greeting}, ${name}!`; }
}

function* fibonacci() {
  let [a, b] = [0, 1];
  for (;;) { yield a; [a, b] = [b, a + b]; }
}

const take = (n, it) => Array.from({ length: n }, () => it.next().value);

async function main() {
  print(new Greeter("Hello").greet("Oryx"));
  print("fibonacci:", take(10, fibonacci()).join(" "));
  const words = await Promise.all(["heap", "frames", "everywhere"].map(async (w) => w.toUpperCase()));
  print(JSON.stringify({ words, sorted: [...words].sort(), when: new Date(0).toISOString() }));
}

main().catch((e) => { print("failed:", e); });
