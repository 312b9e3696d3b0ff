// Oryx subset harness: element-wise array comparison (test262's compareArray API).

function compareArray(a, b) {
  if (b.length !== a.length) {
    return false;
  }
  for (var i = 0; i < a.length; i++) {
    if (!assert._isSameValue(a[i], b[i])) {
      return false;
    }
  }
  return true;
}

compareArray.format = function (array) {
  var parts = [];
  for (var i = 0; i < array.length; i++) {
    parts.push(assert._toString(array[i]));
  }
  return "[" + parts.join(", ") + "]";
};

assert.compareArray = function (actual, expected, message) {
  if (actual == null || expected == null) {
    throw new Test262Error((message === undefined ? "" : message + " ") +
      "compareArray needs two arrays, got " + assert._toString(actual) + " and " + assert._toString(expected));
  }
  if (compareArray(actual, expected)) {
    return;
  }
  throw new Test262Error((message === undefined ? "" : message + " ") +
    "Expected " + compareArray.format(actual) + " and " + compareArray.format(expected) + " to have the same contents");
};
