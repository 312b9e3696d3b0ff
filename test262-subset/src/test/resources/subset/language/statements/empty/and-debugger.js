/*---
description: Empty statements and debugger statements do nothing
---*/

;;;
debugger;
var x = 1;;
assert.sameValue(x, 1);
