/*---
description: A return in finally overrides the try block's return or throw
---*/

function f() { try { return 1; } finally { return 2; } }
function g() { try { throw new Error(); } finally { return "g"; } }
assert.sameValue(f(), 2);
assert.sameValue(g(), "g");
var ran = false;
function h() { try { return "h"; } finally { ran = true; } }
assert.sameValue(h(), "h");
assert.sameValue(ran, true);
