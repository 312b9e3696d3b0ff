/*---
description: Arrow functions capture this and arguments lexically
---*/

function Counter() {
  this.count = 0;
  var add = () => { this.count++; return arguments.length; };
  assert.sameValue(add(), 3);
}
var c = new Counter(1, 2, 3);
assert.sameValue(c.count, 1);
