// The errors the spec requires from Array methods, caught and shown.
function attempt(label, f) {
  try { f(); print(label, "no error"); } catch (e) { print(label, e.name + ": " + e.message); }
}
attempt("length", () => new Array(-1));
attempt("forEach", () => [1].forEach("nope"));
attempt("reduce", () => [].reduce((a, b) => a + b));
attempt("sort", () => [2, 1].sort(1));
attempt("frozen push", () => Object.freeze([1, 2]).push(3));
attempt("frozen pop", () => Object.freeze([1, 2]).pop());
attempt("species", () => { var a = [1]; a.constructor = { [Symbol.species]: "x" }; a.map(x => x); });
attempt("too long", () => Array.prototype.push.call({ length: 2 ** 53 - 1 }, 0));
attempt("comparator", () => [3, 2, 1].sort(() => { throw new RangeError("from comparator"); }));
attempt("from", () => Array.from({ length: 1 }, {}));
attempt("concat", () => [].concat.call(null));
// expect: length RangeError: Invalid array length
// expect: forEach TypeError: Array.prototype.forEach: nope is not a function
// expect: reduce TypeError: Array.prototype.reduce of empty array with no initial value
// expect: sort TypeError: The comparison function must be either a function or undefined
// expect: frozen push TypeError: Cannot assign to read only property '2' of object
// expect: frozen pop TypeError: Cannot delete property '1'
// expect: species TypeError: object.constructor[Symbol.species] is not a constructor
// expect: too long TypeError: Pushing 1 elements on an array-like of length 9007199254740991 is disallowed, as the total surpasses 2**53-1
// expect: comparator RangeError: from comparator
// expect: from TypeError: Array.from: [object Object] is not a function
// expect: concat TypeError: Cannot convert null to object
