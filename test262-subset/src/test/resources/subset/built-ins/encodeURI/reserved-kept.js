/*---
description: encodeURI keeps reserved characters; decodeURI keeps escapes of them
---*/

assert.sameValue(encodeURI("http://x.org/a b?q=1#f"), "http://x.org/a%20b?q=1#f");
assert.sameValue(decodeURI("%2F%20"), "%2F ");
