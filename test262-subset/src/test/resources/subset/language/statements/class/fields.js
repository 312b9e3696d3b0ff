/*---
description: Public instance fields are initialized per instance
features: [class-fields-public, class-static-fields-public]
---*/

class C { x = 1; y = this.x + 1; static s = "static"; }
var c = new C();
assert.sameValue(c.x, 1);
assert.sameValue(c.y, 2);
assert.sameValue(C.s, "static");
assert.sameValue(Object.prototype.hasOwnProperty.call(c, "x"), true);
