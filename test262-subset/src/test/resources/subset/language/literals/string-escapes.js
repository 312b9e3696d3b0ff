/*---
description: String escape sequences
---*/

assert.sameValue("\x41", "A");
assert.sameValue("\u0042", "B");
assert.sameValue("\u{1F600}".length, 2);
assert.sameValue("\u{1F600}", "\uD83D\uDE00");
assert.sameValue("a\
b", "ab", "line continuation");
assert.sameValue("\t".charCodeAt(0), 9);
assert.sameValue("\0".charCodeAt(0), 0);
assert.sameValue('\'', "'");
assert.sameValue("\q", "q", "non-escape characters stand for themselves");
