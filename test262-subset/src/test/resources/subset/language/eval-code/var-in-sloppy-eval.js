/*---
description: A var declared by sloppy direct eval goes to the caller's variable scope
flags: [noStrict]
---*/

function f() {
  eval("var created = 1;");
  return typeof created;
}
assert.sameValue(f(), "number");
