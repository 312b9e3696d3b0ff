// A compute service: statistics over numbers. `slow` simulates a long job with jtask.sleep.
jtask.dispatch({
  stats(numbers) {
    let sum = 0;
    for (const n of numbers) sum += n;
    return { count: numbers.length, sum, mean: sum / numbers.length, max: Math.max(...numbers) };
  },
  *slow(ms) {
    yield jtask.sleep(ms);
    return 'done after ' + ms + ' ms';
  },
});
