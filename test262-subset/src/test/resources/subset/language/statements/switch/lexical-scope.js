/*---
description: The case block is one lexical scope
features: [let]
---*/

var r;
switch (1) {
  case 0: let v = "zero";
  case 1: r = (function () { try { return v; } catch (e) { return e.constructor; } })();
}
assert.sameValue(r, ReferenceError);
