/*---
description: >
  $262.agent in the main agent starts agents and reads reports; the worker-side functions throw a
  TypeError there, and the worker agent has no start, broadcast or getReport of its own
---*/

assert.throws(TypeError, function () { $262.agent.report("main"); });
assert.throws(TypeError, function () { $262.agent.receiveBroadcast(function () { }); });
assert.throws(TypeError, function () { $262.agent.leaving(); });
assert.throws(TypeError, function () { $262.agent.start(); }, "the source must be a string");
assert.throws(TypeError, function () { $262.agent.broadcast({}); }, "only a SharedArrayBuffer is broadcast");
assert.sameValue($262.agent.getReport(), null, "no agent, no report");
assert.sameValue(typeof $262.agent.monotonicNow(), "number");

$262.agent.start(
  'var names = ["start", "broadcast", "getReport"];\n' +
  'for (var i = 0; i < names.length; i++) {\n' +
  '  try { $262.agent[names[i]](""); $262.agent.report(names[i] + " worked"); }\n' +
  '  catch (e) { $262.agent.report(names[i] + " " + e.constructor.name); }\n' +
  '}\n');

var seen = [];
var start = $262.agent.monotonicNow();
while (seen.length < 3 && $262.agent.monotonicNow() - start < 5000) {
  var r = $262.agent.getReport();
  if (r === null) {
    $262.agent.sleep(1);
  } else {
    seen.push(r);
  }
}
assert.sameValue(seen.join(", "), "start TypeError, broadcast TypeError, getReport TypeError");
