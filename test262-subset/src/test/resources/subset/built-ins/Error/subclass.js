/*---
description: Errors can be subclassed with class syntax
features: [class]
---*/

class MyError extends Error {
  constructor(msg) { super(msg); this.name = "MyError"; }
}
var e = new MyError("bad");
assert.sameValue(e instanceof MyError, true);
assert.sameValue(e instanceof Error, true);
assert.sameValue(String(e), "MyError: bad");
assert.sameValue(Object.prototype.toString.call(e), "[object Error]");
