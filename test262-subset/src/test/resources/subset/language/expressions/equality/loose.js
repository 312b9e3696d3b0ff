/*---
description: The == operator follows the Abstract Equality algorithm
---*/

assert.sameValue(null == undefined, true);
assert.sameValue(null == 0, false);
assert.sameValue("1" == 1, true);
assert.sameValue(true == 1, true);
assert.sameValue("" == 0, true);
assert.sameValue(NaN == NaN, false);
assert.sameValue([1] == 1, true);
assert.sameValue({} == "[object Object]", true);
var o = {};
assert.sameValue(o == o, true);
assert.sameValue(o == {}, false);
