/*---
description: The well-known symbols are non-writable, non-configurable properties of Symbol
includes: [propertyHelper.js]
---*/

var names = ["iterator", "hasInstance", "toPrimitive", "toStringTag", "species", "isConcatSpreadable", "unscopables", "asyncIterator", "match", "matchAll", "replace", "search", "split"];
for (var i = 0; i < names.length; i++) {
  assert.sameValue(typeof Symbol[names[i]], "symbol", names[i]);
  verifyProperty(Symbol, names[i], { writable: false, enumerable: false, configurable: false });
}
assert.sameValue(Symbol.iterator.description, "Symbol.iterator");
