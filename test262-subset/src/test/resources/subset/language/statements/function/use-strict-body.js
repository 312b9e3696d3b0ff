/*---
description: A "use strict" directive makes a function body strict
flags: [noStrict]
---*/

function sloppy() { return this; }
function strict() { "use strict"; return this; }
assert.sameValue(sloppy(), this);
assert.sameValue(strict(), undefined);
