// Oryx subset harness: the async completion protocol of INTERPRETING.md ($DONE prints
// Test262:AsyncTestComplete, or Test262:AsyncTestFailure: with the error).

function $DONE(error) {
  if (!error) {
    print("Test262:AsyncTestComplete");
    return;
  }
  if (typeof error === "object" && error !== null && "name" in error) {
    print("Test262:AsyncTestFailure:" + error.name + ": " + error.message);
  } else {
    print("Test262:AsyncTestFailure:Test262Error: " + String(error));
  }
}
