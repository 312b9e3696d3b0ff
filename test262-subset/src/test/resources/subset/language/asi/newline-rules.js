/*---
description: Automatic semicolon insertion at line breaks and before }
---*/

var a = 1
var b = 2
assert.sameValue(a + b, 3)
var c = a
++b
assert.sameValue(c, 1)
assert.sameValue(b, 3, "++ on the next line applies to b")
function f() { return 1 }
assert.sameValue(f(), 1)
