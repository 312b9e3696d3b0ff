/*---
description: let is scoped to its block
features: [let]
---*/

let x = "outer";
{
  let x = "inner";
  assert.sameValue(x, "inner");
}
assert.sameValue(x, "outer");
