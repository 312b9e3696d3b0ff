/*---
description: The + operator converts objects with valueOf before toString (hint default)
---*/

var log = [];
var obj = {
  valueOf: function () { log.push("valueOf"); return 40; },
  toString: function () { log.push("toString"); return "x"; }
};
assert.sameValue(obj + 2, 42);
assert.sameValue(log.join(), "valueOf");
var onlyString = { valueOf: function () { return {}; }, toString: function () { return "s"; } };
assert.sameValue(onlyString + 1, "s1");
