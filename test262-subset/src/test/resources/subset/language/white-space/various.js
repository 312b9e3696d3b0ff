/*---
description: All Unicode space separators are white space
---*/

var s = eval("1\u00A0+\uFEFF2\u2003+\u30003");
assert.sameValue(s, 6);
