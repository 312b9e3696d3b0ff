/*---
description: use strict is recognized after other directives
flags: [noStrict]
---*/

function f() { "other directive"; "use strict"; return this; }
assert.sameValue(f(), undefined);
function g() { var x; "use strict"; return this; }
assert.sameValue(g() !== undefined, true, "not a directive after a statement");
