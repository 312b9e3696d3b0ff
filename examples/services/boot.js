// The root service: `oryx --services examples/services/boot.js` calls its main handler and
// exits when it returns.
jtask.dispatch({
  *main() {
    jtask.spawn('kv', 'kv.js');
    jtask.spawn('compute', 'compute.js');
    jtask.spawn('gateway', 'gateway.js');

    const n = yield jtask.call('gateway', 'seed', {
      ada: [91, 85, 99],
      grace: [78, 88, 95, 70],
    });
    jtask.log('seeded', n, 'users');

    jtask.log(yield jtask.call('gateway', 'report', 'ada'));
    jtask.log(yield jtask.call('gateway', 'asyncReport', 'grace'));
    jtask.log(yield jtask.call('gateway', 'safeReport', 'alan'));
    jtask.log(yield jtask.call('gateway', 'impatient'));

    try {
      yield jtask.call('billing', 'charge', 10);
    } catch (e) {
      jtask.log(`${e.name}: ${e.message}`);
    }
  },
});
