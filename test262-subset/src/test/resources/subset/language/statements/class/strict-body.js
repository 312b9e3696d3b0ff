/*---
description: Class bodies are strict mode code
flags: [noStrict]
features: [class]
---*/

class C { m() { return (function () { return this; })(); } }
assert.sameValue(new C().m(), undefined);
