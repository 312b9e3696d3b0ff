// BigInt arithmetic is exact and never mixes with Number implicitly.
print(2n ** 100n);
// expect: 1267650600228229401496703205376
print(-7n / 2n, -7n % 2n, -7n >> 1n, BigInt.asIntN(8, 255n), BigInt.asUintN(8, -1n));
// expect: -3 -1 -4 -1 255
print(1n == 1, 1n === 1, 2n > 1.5, "10" > 9n, (255n).toString(16));
// expect: true false true true ff
print(typeof 1n, typeof Object(1n), Object(41n) + 1n);
// expect: bigint object 42
1n + 1;
// expect error: TypeError: Cannot mix BigInt and other types, use explicit conversions
