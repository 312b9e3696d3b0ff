/*---
description: Writing an index of a string throws in strict code
flags: [onlyStrict]
---*/

var s = "abc";
assert.throws(TypeError, function () { s[0] = "z"; });
