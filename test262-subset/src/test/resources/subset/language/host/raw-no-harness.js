/*---
description: A raw test runs without the harness, unmodified
flags: [raw]
---*/

if (typeof assert !== "undefined" || typeof Test262Error !== "undefined") {
  throw new Error("the harness must not be loaded for raw tests");
}
if ((function () { return this; })() === undefined) {
  throw new Error("raw tests run in sloppy mode");
}
