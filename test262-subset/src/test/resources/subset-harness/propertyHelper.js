// Oryx subset harness: checks of a property's attributes (a small verifyProperty).

// expected: {value, writable, enumerable, configurable}; only the given keys are checked.
// The check of writable and configurable does not modify the object.
function verifyProperty(object, key, expected) {
  var desc = Object.getOwnPropertyDescriptor(object, key);
  var name = typeof key === "symbol" ? key.toString() : String(key);
  if (desc === undefined) {
    throw new Test262Error("property " + name + " does not exist");
  }
  var checks = ["value", "writable", "enumerable", "configurable", "get", "set"];
  for (var i = 0; i < checks.length; i++) {
    var k = checks[i];
    if (Object.prototype.hasOwnProperty.call(expected, k)) {
      if (!assert._isSameValue(desc[k], expected[k])) {
        throw new Test262Error("property " + name + ": expected " + k + " " + assert._toString(expected[k]) +
          " but got " + assert._toString(desc[k]));
      }
    }
  }
  return true;
}
