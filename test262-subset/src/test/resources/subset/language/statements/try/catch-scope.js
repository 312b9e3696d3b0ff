/*---
description: The catch parameter is scoped to the catch block
---*/

var e = "outer";
try { throw "inner"; } catch (e) { assert.sameValue(e, "inner"); }
assert.sameValue(e, "outer");
