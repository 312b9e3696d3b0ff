/*---
description: The template object is the same for each evaluation of a site
features: [template]
---*/

function get(s) { return s; }
function site() { return get`same`; }
assert.sameValue(site(), site());
assert.notSameValue(get`same`, get`same`, "different sites, different objects");
