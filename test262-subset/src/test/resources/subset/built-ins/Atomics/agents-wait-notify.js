/*---
description: >
  Worker agents see the main agent's SharedArrayBuffer memory, and Atomics.notify in the main
  agent wakes agents blocked in Atomics.wait; each agent reports once, with the broadcast id.
features: [SharedArrayBuffer, Atomics]
---*/

var LIMIT_MS = 5000;

function within(start, what) {
  if ($262.agent.monotonicNow() - start > LIMIT_MS) {
    throw new Test262Error('gave up waiting for ' + what);
  }
}

function nextReport() {
  var start = $262.agent.monotonicNow();
  var r;
  while ((r = $262.agent.getReport()) === null) {
    within(start, 'a report');
    $262.agent.sleep(2);
  }
  return r;
}

for (var n = 0; n < 2; n++) {
  $262.agent.start(
    '$262.agent.receiveBroadcast(function (sab, id) {\n' +
    '  var cells = new Int32Array(sab);\n' +
    '  Atomics.store(cells, 2 + ' + n + ', 10 + ' + n + ');\n' +
    '  Atomics.add(cells, 1, 1);\n' +
    '  var result = Atomics.wait(cells, 0, 0, 10000);\n' +
    '  $262.agent.report("agent ' + n + ': " + result + ", id " + id);\n' +
    '  $262.agent.leaving();\n' +
    '});\n');
}

var cells = new Int32Array(new SharedArrayBuffer(4 * Int32Array.BYTES_PER_ELEMENT));
assert.sameValue($262.agent.getReport(), null, 'no report before the broadcast');
$262.agent.broadcast(cells.buffer, 5);

var start = $262.agent.monotonicNow();
while (Atomics.load(cells, 1) !== 2) {
  within(start, 'both agents to run');
}
assert.sameValue(Atomics.load(cells, 2), 10, 'agent 0 wrote into the shared memory');
assert.sameValue(Atomics.load(cells, 3), 11, 'agent 1 wrote into the shared memory');

// An agent may have counted itself but not be waiting yet: notify until both were woken.
var woken = 0;
start = $262.agent.monotonicNow();
while (woken < 2) {
  within(start, 'both agents to wait');
  woken += Atomics.notify(cells, 0);
  $262.agent.sleep(1);
}
assert.sameValue(woken, 2, 'each agent is woken once');

var reports = [nextReport(), nextReport()].sort();
assert.sameValue(reports[0], 'agent 0: ok, id 5');
assert.sameValue(reports[1], 'agent 1: ok, id 5');
assert.sameValue($262.agent.getReport(), null, 'no further report');
