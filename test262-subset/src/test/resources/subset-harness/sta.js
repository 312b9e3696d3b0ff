// Oryx subset harness: the error type of failed assertions, written for Oryx's own
// test262-format tests (same API as test262's sta.js: Test262Error, $DONOTEVALUATE).

function Test262Error(message) {
  if (!(this instanceof Test262Error)) {
    return new Test262Error(message);
  }
  this.message = message === undefined ? "" : String(message);
}

Test262Error.prototype.toString = function () {
  return "Test262Error: " + this.message;
};

Test262Error.thrower = function (message) {
  throw new Test262Error(message);
};

// For negative tests whose source must never run.
function $DONOTEVALUATE() {
  throw "Test262: This statement should not be evaluated.";
}
