/*---
description: Anonymous functions take the name of the binding or property
---*/

var f = function () {};
let g = () => {};
var o = { m: function () {}, ["c" + "k"]: () => {} };
assert.sameValue(f.name, "f");
assert.sameValue(g.name, "g");
assert.sameValue(o.m.name, "m");
assert.sameValue(o.ck.name, "ck");
var { h = function () {} } = {};
assert.sameValue(h.name, "h");
