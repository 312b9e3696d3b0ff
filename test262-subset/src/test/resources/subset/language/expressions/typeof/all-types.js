/*---
description: typeof gives the type of every kind of value
---*/

assert.sameValue(typeof undefined, "undefined");
assert.sameValue(typeof null, "object");
assert.sameValue(typeof true, "boolean");
assert.sameValue(typeof 1.5, "number");
assert.sameValue(typeof "", "string");
assert.sameValue(typeof Symbol(), "symbol");
assert.sameValue(typeof {}, "object");
assert.sameValue(typeof [], "object");
assert.sameValue(typeof function () {}, "function");
assert.sameValue(typeof class {}, "function");
assert.sameValue(typeof undeclaredVariable, "undefined", "no ReferenceError");
