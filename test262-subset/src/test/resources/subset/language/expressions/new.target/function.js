/*---
description: new.target is the constructor for new and undefined for calls
features: [new.target]
---*/

var seen;
function F() { seen = new.target; }
new F();
assert.sameValue(seen, F);
F();
assert.sameValue(seen, undefined);
