/*---
description: A module with imports and exports (counted as failing until modules land)
flags: [module]
---*/

export default function f() { return 1; }
export const x = 2;
assert.sameValue(f(), 1);
