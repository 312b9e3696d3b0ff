// A key-value store. Plain handlers: the return value is the reply.
const data = Object.create(null);

jtask.dispatch({
  set({ key, value }) {
    data[key] = value;
    return true;
  },
  get(key) {
    if (!(key in data)) {
      throw new RangeError(`no such key: ${key}`);
    }
    return data[key];
  },
  keys() {
    return Object.keys(data);
  },
});
