// Regression: unmapped (strict) arguments objects were tagged [object Object], so Array methods
// called on them handed callbacks an object that did not look like an arguments object.
var strictArgs = (function () { "use strict"; return arguments; })("a", "b");
var sloppyArgs = (function () { return arguments; })("a", "b");
var withDefaults = (function (x = 1) { return arguments; })("a");
print(Object.prototype.toString.call(strictArgs), Object.prototype.toString.call(sloppyArgs));
print(Object.prototype.toString.call(withDefaults));
print(Array.prototype.every.call(strictArgs, (v, i, o) => Object.prototype.toString.call(o) === "[object Arguments]"));
print(Array.prototype.map.call(strictArgs, v => v.toUpperCase()).join(), Array.from(strictArgs).length);
// expect: [object Arguments] [object Arguments]
// expect: [object Arguments]
// expect: true
// expect: A,B 2
