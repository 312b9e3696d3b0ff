/*---
description: Inner declarations shadow outer ones
---*/

var v = "global";
function f() {
  var v = "function";
  {
    let v = "block";
    assert.sameValue(v, "block");
  }
  return v;
}
assert.sameValue(f(), "function");
assert.sameValue(v, "global");
