/*---
description: JSON.parse parses the JSON grammar and applies a reviver
---*/

var v = JSON.parse('{"a":[1,2.5e1,"x"],"b":null}');
assert.sameValue(v.a[1], 25);
assert.sameValue(v.b, null);
assert.throws(SyntaxError, function () { JSON.parse("{a:1}"); });
var revived = JSON.parse("[1,2]", function (k, val) { return typeof val === "number" ? val * 2 : val; });
assert.sameValue(revived[1], 4);
