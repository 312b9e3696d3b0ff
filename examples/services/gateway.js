// The gateway: handlers written in sync style. Each `yield jtask.call(...)` sends a request and
// suspends only this handler; the gateway goes on serving other requests meanwhile.
jtask.dispatch({
  *seed(users) {
    for (const [name, scores] of Object.entries(users)) {
      yield jtask.call('kv', 'set', { key: 'user:' + name, value: { name, scores } });
    }
    return Object.keys(users).length;
  },

  *report(name) {
    const user = yield jtask.call('kv', 'get', 'user:' + name);
    const stats = yield jtask.call('compute', 'stats', user.scores);
    return `${user.name}: ${stats.count} scores, mean ${stats.mean.toFixed(1)}, best ${stats.max}`;
  },

  *safeReport(name) {
    try {
      return yield* this.report(name);
    } catch (e) {
      // the store's RangeError arrives as a RemoteError naming the remote error and the services it crossed
      return `${e.name} from ${e.serviceChain.join(' <- ')}: ${e.remoteName}: ${e.remoteMessage}`;
    }
  },

  *impatient() {
    try {
      return yield jtask.call('compute', 'slow', 500, { timeout: 50 });
    } catch (e) {
      return `${e.name}: ${e.message}`;
    }
  },

  async asyncReport(name) {
    const user = await jtask.request('kv', 'get', 'user:' + name);
    const stats = await jtask.request('compute', 'stats', user.scores);
    return `${user.name} (async): best ${stats.max}`;
  },
});
