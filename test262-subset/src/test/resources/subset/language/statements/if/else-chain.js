/*---
description: if/else if/else chooses one branch
---*/

function classify(n) {
  if (n < 0) return "negative";
  else if (n === 0) return "zero";
  else return "positive";
}
assert.sameValue(classify(-5), "negative");
assert.sameValue(classify(0), "zero");
assert.sameValue(classify(3), "positive");
var r;
if (0) r = 1; else r = 2;
assert.sameValue(r, 2);
