// Oryx subset harness: assertions with the API of test262's assert.js
// (assert, assert.sameValue, assert.notSameValue, assert.throws), written for Oryx.

function assert(condition, message) {
  if (condition === true) {
    return;
  }
  throw new Test262Error(message === undefined
    ? "Expected true but got " + assert._toString(condition)
    : message);
}

// SameValue: like === except that NaN equals NaN and +0 differs from -0.
assert._isSameValue = function (a, b) {
  if (a !== a) {
    return b !== b;
  }
  if (a === 0 && b === 0) {
    return 1 / a === 1 / b;
  }
  return a === b;
};

// A printable form of any value, including symbols and objects whose conversion throws.
assert._toString = function (value) {
  if (typeof value === "symbol") {
    return value.toString();
  }
  if (value === 0 && 1 / value < 0) {
    return "-0";
  }
  try {
    return String(value);
  } catch (e) {
    return "<" + typeof value + ">";
  }
};

assert.sameValue = function (actual, expected, message) {
  if (assert._isSameValue(actual, expected)) {
    return;
  }
  throw new Test262Error((message === undefined ? "" : message + " ") +
    "Expected SameValue(" + assert._toString(actual) + ", " + assert._toString(expected) + ") to be true");
};

assert.notSameValue = function (actual, unexpected, message) {
  if (!assert._isSameValue(actual, unexpected)) {
    return;
  }
  throw new Test262Error((message === undefined ? "" : message + " ") +
    "Expected SameValue(" + assert._toString(actual) + ", " + assert._toString(unexpected) + ") to be false");
};

// Calls fn and requires it to throw an instance of expectedErrorConstructor (by constructor identity).
assert.throws = function (expectedErrorConstructor, fn, message) {
  var prefix = message === undefined ? "" : message + " ";
  if (typeof fn !== "function") {
    throw new Test262Error(prefix + "assert.throws needs a function, got " + assert._toString(fn));
  }
  try {
    fn();
  } catch (thrown) {
    if (typeof thrown !== "object" || thrown === null) {
      throw new Test262Error(prefix + "Thrown value was not an object: " + assert._toString(thrown));
    }
    if (thrown.constructor !== expectedErrorConstructor) {
      var got = thrown.constructor && thrown.constructor.name ? thrown.constructor.name : "an unknown error";
      throw new Test262Error(prefix + "Expected a " + expectedErrorConstructor.name + " but got a " + got);
    }
    return;
  }
  throw new Test262Error(prefix + "Expected a " + expectedErrorConstructor.name + " to be thrown but no exception was thrown at all");
};
