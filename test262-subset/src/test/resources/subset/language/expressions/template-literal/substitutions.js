/*---
description: Template literals substitute expressions with ToString
features: [template]
---*/

var a = 1, b = "two";
assert.sameValue(`a=${a}, b=${b}, sum=${a + 1}`, "a=1, b=two, sum=2");
assert.sameValue(`${{ toString: function () { return "obj"; } }}`, "obj");
assert.sameValue(`line1
line2`, "line1\nline2");
assert.sameValue(`\u0041\x42`, "AB");
assert.sameValue(`${`nested ${a}`}`, "nested 1");
assert.throws(TypeError, function () { `${Symbol()}`; });
