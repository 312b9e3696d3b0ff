/*---
description: Any value can be thrown and caught
---*/

var values = [1, "s", null, undefined, { o: 1 }];
for (var i = 0; i < values.length; i++) {
  try {
    throw values[i];
  } catch (e) {
    assert.sameValue(e, values[i]);
  }
}
