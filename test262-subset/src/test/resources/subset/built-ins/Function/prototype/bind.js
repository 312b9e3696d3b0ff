/*---
description: bind fixes this and leading arguments; name and length follow
---*/

function add(a, b, c) { return this.k + a + b + c; }
var bound = add.bind({ k: 1 }, 2);
assert.sameValue(bound(3, 4), 10);
assert.sameValue(bound.name, "bound add");
assert.sameValue(bound.length, 2);
assert.sameValue(bound.hasOwnProperty("prototype"), false);
function P(x) { this.x = x; }
var BP = P.bind(null, 5);
var p = new BP();
assert.sameValue(p.x, 5);
assert.sameValue(p instanceof P, true, "new ignores the bound this");
