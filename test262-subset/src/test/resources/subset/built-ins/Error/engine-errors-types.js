/*---
description: Errors thrown by the engine have the right constructor
---*/

try { null.x; } catch (e) { assert.sameValue(e.constructor, TypeError); }
try { undefinedName; } catch (e) { assert.sameValue(e.constructor, ReferenceError); }
try { new Array(-1); } catch (e) { assert.sameValue(e.constructor, RangeError); }
try { eval("+"); } catch (e) { assert.sameValue(e.constructor, SyntaxError); }
try { decodeURIComponent("%"); } catch (e) { assert.sameValue(e.constructor, URIError); }
