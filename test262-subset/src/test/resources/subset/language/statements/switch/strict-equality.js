/*---
description: switch compares with strict equality
---*/

function f(x) {
  switch (x) {
    case "1": return "string";
    case 1: return "number";
    default: return "none";
  }
}
assert.sameValue(f(1), "number");
assert.sameValue(f("1"), "string");
assert.sameValue(f(true), "none");
