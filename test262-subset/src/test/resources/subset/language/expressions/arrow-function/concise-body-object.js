/*---
description: A parenthesized object literal body is returned
---*/

var make = (a, b = 2, ...rest) => ({ a, b, rest });
var r = make(1, undefined, 3, 4);
assert.sameValue(r.a, 1);
assert.sameValue(r.b, 2);
assert.sameValue(r.rest.length, 2);
assert.sameValue(make.length, 1);
