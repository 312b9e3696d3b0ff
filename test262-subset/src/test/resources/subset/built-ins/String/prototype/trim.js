/*---
description: trim, trimStart and trimEnd remove white space and line terminators
features: [string-trimming]
---*/

var s = " \t\n\u00A0\uFEFF x \u2028";
assert.sameValue(s.trim(), "x");
assert.sameValue("  a  ".trimStart(), "a  ");
assert.sameValue("  a  ".trimEnd(), "  a");
