/*---
description: A global let declared by one script is visible to the next
---*/

$262.evalScript("let sharedAcrossScripts = 41;");
assert.sameValue(sharedAcrossScripts + 1, 42);
assert.throws(SyntaxError, function () {
  $262.evalScript("var sharedAcrossScripts;");
});
