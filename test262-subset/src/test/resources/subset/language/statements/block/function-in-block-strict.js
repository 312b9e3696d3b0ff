/*---
description: In strict code a function declared in a block is block scoped
flags: [onlyStrict]
---*/

{
  function inBlock() { return 1; }
  assert.sameValue(inBlock(), 1);
}
assert.sameValue(typeof inBlock, "undefined");
