/*---
description: Function parameters can be patterns with defaults
features: [destructuring-binding, default-parameters]
---*/

function f({ a, b = 2 } = {}, [c, d] = [3, 4]) { return [a, b, c, d].join(); }
assert.sameValue(f(), ",2,3,4");
assert.sameValue(f({ a: 1 }, [5]), "1,2,5,");
var g = ({ x }) => x * 2;
assert.sameValue(g({ x: 21 }), 42);
