/*---
description: delete removes configurable own properties and reports the result
flags: [noStrict]
---*/

var o = { a: 1, b: 2 };
assert.sameValue(delete o.a, true);
assert.sameValue("a" in o, false);
assert.sameValue(delete o.missing, true);
Object.defineProperty(o, "fixed", { value: 1, configurable: false });
assert.sameValue(delete o.fixed, false);
var arr = [1, 2, 3];
delete arr[1];
assert.sameValue(arr.length, 3);
assert.sameValue(1 in arr, false);
