/*---
description: new creates an object from the prototype property and honours returned objects
---*/

function P(x) { this.x = x; }
P.prototype.get = function () { return this.x; };
var p = new P(3);
assert.sameValue(p.get(), 3);
assert.sameValue(Object.getPrototypeOf(p), P.prototype);
function R() { this.ignored = true; return { replaced: true }; }
assert.sameValue(new R().replaced, true);
function Prim() { this.kept = true; return 1; }
assert.sameValue(new Prim().kept, true);
var noArgs = new P;
assert.sameValue(noArgs.x, undefined);
