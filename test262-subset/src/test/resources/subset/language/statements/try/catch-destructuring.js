/*---
description: A catch parameter can be a destructuring pattern
features: [destructuring-binding]
---*/

try {
  throw { code: 7, detail: { msg: "m" } };
} catch ({ code, detail: { msg } }) {
  assert.sameValue(code, 7);
  assert.sameValue(msg, "m");
}
