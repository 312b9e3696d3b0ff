// Far-apart indices go to sparse storage instead of doubling the dense elements towards 2^31 slots.
var x = [];
var k = 1;
for (var i = 0; i < 32; i++) {
  k *= 2;
  x[k - 2] = k;
}
print(x.length, x[4294967294], x[2], Object.keys(x).length);
var b = [];
for (var j = 5000; j >= 0; j--) b[j] = j;
print(b.length, b[0] + b[5000], b.indexOf(2500));
// expect: 4294967295 4294967296 4 32
// expect: 5001 5000 2500
