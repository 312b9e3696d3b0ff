/*---
description: encodeURIComponent and decodeURIComponent round-trip UTF-8
---*/

assert.sameValue(encodeURIComponent("a b&c/é"), "a%20b%26c%2F%C3%A9");
assert.sameValue(decodeURIComponent("a%20b%26c%2F%C3%A9"), "a b&c/é");
assert.sameValue(encodeURIComponent("\uD83D\uDE00"), "%F0%9F%98%80");
assert.throws(URIError, function () { encodeURIComponent("\uD800"); });
assert.throws(URIError, function () { decodeURIComponent("%E0%A4%A"); });
