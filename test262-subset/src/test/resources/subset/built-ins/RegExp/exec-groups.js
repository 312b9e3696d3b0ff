/*---
description: RegExp exec returns the match with groups and index
features: [regexp-named-groups]
---*/

var m = /(\d+)-(?<word>\w+)/.exec("id 42-abc");
assert.sameValue(m.index, 3);
assert.sameValue(m[1], "42");
assert.sameValue(m.groups.word, "abc");
var g = /a/g;
g.exec("aa");
assert.sameValue(g.lastIndex, 1);
