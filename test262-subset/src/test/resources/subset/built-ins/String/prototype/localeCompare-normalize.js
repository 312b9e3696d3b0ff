/*---
description: localeCompare orders strings; normalize composes
---*/

assert.sameValue("a".localeCompare("b") < 0, true);
assert.sameValue("b".localeCompare("a") > 0, true);
assert.sameValue("a".localeCompare("a"), 0);
assert.sameValue("e\u0301".normalize("NFC"), "\u00E9");
assert.sameValue("\u00E9".normalize("NFD").length, 2);
assert.throws(RangeError, function () { "".normalize("bad"); });
