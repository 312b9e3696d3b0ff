/*---
description: Strict functions have no own caller or arguments properties
---*/

function f() { "use strict"; }
assert.sameValue(f.hasOwnProperty("caller"), false);
assert.sameValue(f.hasOwnProperty("arguments"), false);
assert.throws(TypeError, function () { return f.caller; });
