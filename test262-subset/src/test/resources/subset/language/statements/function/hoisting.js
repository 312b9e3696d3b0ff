/*---
description: Function declarations are hoisted with their body
---*/

assert.sameValue(early(), "hoisted");
function early() { return "hoisted"; }
function outer() {
  return inner();
  function inner() { return "inner"; }
}
assert.sameValue(outer(), "inner");
