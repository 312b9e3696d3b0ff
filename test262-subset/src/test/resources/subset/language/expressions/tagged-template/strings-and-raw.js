/*---
description: A tag receives the cooked strings, the raw strings and the values
features: [template]
---*/

function tag(strings, x, y) {
  return strings.length + "|" + strings.join("_") + "|" + strings.raw.join("_") + "|" + x + "|" + y;
}
assert.sameValue(tag`a${1}b\n${2}`, "3|a_b\n_|a_b\\n_|1|2");
function first(s) { return s; }
var s1 = first`x`;
assert.sameValue(Object.isFrozen(s1), true);
assert.sameValue(Object.isFrozen(s1.raw), true);
