/*---
description: $262.agent reports that agents are not supported
---*/

assert.throws(TypeError, function () { $262.agent.start("1"); });
assert.sameValue(typeof $262.agent.monotonicNow(), "number");
