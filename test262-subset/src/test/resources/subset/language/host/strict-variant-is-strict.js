/*---
description: The strict variant runs the test with a use strict directive
flags: [onlyStrict]
---*/

var isStrict = (function () { return this === undefined; })();
assert.sameValue(isStrict, true);
