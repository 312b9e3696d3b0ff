package dev.oryx.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import dev.oryx.api.JSContext;
import dev.oryx.api.JSException;
import dev.oryx.api.JSRuntime;
import dev.oryx.runtime.Conversions;
import dev.oryx.runtime.Undefined;

/** JSON.parse and JSON.stringify (25.5) through the JavaScript API. */
class JsonTest {
    private static Object eval(String source) {
        try (JSRuntime rt = new JSRuntime(); JSContext cx = rt.newContext()) {
            return cx.evalRaw(source, "t.js");
        }
    }

    private static String str(String source) {
        try (JSRuntime rt = new JSRuntime(); JSContext cx = rt.newContext()) {
            return Conversions.toString(cx.realm(), cx.evalRaw(source, "t.js"));
        }
    }

    private static String error(String source) {
        return assertThrows(JSException.class, () -> eval(source)).getMessage();
    }

    /** JSON.parse(text) re-serialized, or the error message. */
    private static String parsed(String jsonText) {
        try (JSRuntime rt = new JSRuntime(); JSContext cx = rt.newContext()) {
            cx.setGlobal("text", jsonText);
            return Conversions.toString(cx.realm(), cx.evalRaw("JSON.stringify(JSON.parse(text))", "t.js"));
        } catch (JSException e) {
            return e.getMessage();
        }
    }

    @Test
    void parsesTheJsonGrammar() {
        assertEquals("{\"a\":[1,-2.5,1e+21,true,false,null,\"s\"],\"b\":{}}",
            parsed(" {\"a\" : [ 1 , -2.5, 1E21, true,false,null,\"s\"],\n\t\"b\":{}}\r\n"));
        assertEquals("[0,1e-7,123456789012,0.1]", parsed("[-0, 1e-7, 123456789012, 0.10]"));
        assertEquals(true, eval("Object.is(JSON.parse('-0'), -0) && JSON.parse('1e400') === Infinity"));
        assertEquals("\"\\\" \\\\ / \\b \\f \\n \\r \\t \u00e9 \u20ac\"", parsed("\"\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u00E9 \\u20ac\""));
    }

    @Test
    void rejectsWhatTheGrammarDoesNotAllow() {
        assertEquals("SyntaxError: Unexpected token '1' in JSON at position 1", parsed("01"));
        assertEquals("SyntaxError: Unexpected end of JSON input", parsed("1."));
        assertEquals("SyntaxError: Unexpected token '.' in JSON at position 0", parsed(".5"));
        assertEquals("SyntaxError: Unexpected token '+' in JSON at position 0", parsed("+1"));
        assertEquals("SyntaxError: Unexpected token 'x' in JSON at position 1", parsed("0x10"));
        assertEquals("SyntaxError: Unexpected token ']' in JSON at position 3", parsed("[1,]"));
        assertEquals("SyntaxError: Unexpected token '}' in JSON at position 7", parsed("{\"a\":1,}"));
        assertEquals("SyntaxError: Unexpected token ''' in JSON at position 0", parsed("'a'"));
        assertEquals("SyntaxError: Unexpected token U+00A0 in JSON at position 0", parsed("\u00a01"));
        assertEquals("SyntaxError: Unexpected token U+000B in JSON at position 1", parsed("[\u000b1]"));
        assertEquals("SyntaxError: Unexpected token ']' in JSON at position 4", parsed("[tru]"));
        assertEquals("SyntaxError: Unexpected end of JSON input", parsed(""));
        assertEquals("SyntaxError: Unexpected token '2' in JSON at position 2", parsed("1 2"));
        assertEquals("SyntaxError: Bad escaped character in JSON at position 2", parsed("\"\\x41\""));
        assertEquals("SyntaxError: Bad Unicode escape in JSON at position 1", parsed("\"\\u12G4\""));
        assertEquals("SyntaxError: Bad control character in string literal in JSON at position 2", parsed("\"a\nb\""));
        assertEquals("SyntaxError: Unterminated string in JSON at position 4", parsed("\"abc"));
        assertEquals("SyntaxError: Unexpected token 'a' in JSON at position 1", parsed("{a:1}"));
    }

    @Test
    void duplicateKeysKeepTheFirstPositionAndTheLastValue() {
        assertEquals("{\"a\":3,\"b\":2}", parsed("{\"a\":1,\"b\":2,\"a\":3}"));
    }

    @Test
    void protoIsAnOrdinaryOwnProperty() {
        assertEquals("true,1,true", str("var o = JSON.parse('{\"__proto__\": 1}');"
            + "[Object.getPrototypeOf(o) === Object.prototype, o.__proto__ === 1 ? 1 : 0, o.hasOwnProperty('__proto__')].join()"));
    }

    @Test
    void integerKeysComeFirstAsInOwnPropertyKeys() {
        assertEquals("{\"1\":\"c\",\"2\":\"b\",\"b\":\"a\",\"4294967295\":\"d\"}",
            parsed("{\"b\":\"a\",\"2\":\"b\",\"1\":\"c\",\"4294967295\":\"d\"}"));
    }

    @Test
    void objectsWithTheSameNamesAreSeparateObjects() {
        assertEquals("[{\"a\":9,\"b\":2},{\"a\":3,\"b\":4,\"c\":5},{\"a\":5,\"b\":6}]",
            str("var r = JSON.parse('[{\"a\":1,\"b\":2},{\"a\":3,\"b\":4},{\"a\":5,\"b\":6}]');"
                + " r[0].a = 9; r[1].c = 5; JSON.stringify(r)"));
    }

    @Test
    void repeatedNamesWithDuplicatesIndicesEscapesOrAnotherOrder() {
        assertEquals("[{\"a\":1,\"b\":2},{\"a\":3,\"b\":2},{\"b\":1,\"a\":2},{\"0\":2,\"a\":1},{\"ab\":4},{\"a\":1,\"b\":2}]",
            parsed("[{\"a\":1,\"b\":2},{\"a\":1,\"b\":2,\"a\":3},{\"b\":1,\"a\":2},{\"a\":1,\"0\":2},"
                + "{\"ab\":3,\"a\\u0062\":4},{\"a\":1,\"b\":2}]"));
        assertEquals("[{\"a\":1,\"b\":2},{\"a\":3,\"b\":2}]", parsed("[{\"a\":1,\"b\":2},{\"a\":3,\"b\":2,\"a\":3}]"));
    }

    @Test
    void namesLikeThePreviousObjectsAreReadAsWritten() {
        assertEquals("[{\"ab\":1,\"c\":2},{\"ab\":3,\"c\":4},{\"a\\\"b\":5},{\"a\\\"b\":6},{\"ab\":7,\"cd\":8},{\"ab\":9}]",
            parsed("[{\"ab\":1,\"c\":2},{\"a\\u0062\":3,\"c\":4},{\"a\\\"b\":5},{\"a\\\"b\":6},{\"ab\":7,\"cd\":8},{\"ab\":9}]"));
        assertEquals("SyntaxError: Unexpected token 'b' in JSON at position 16", parsed("[{\"a\\\"b\":1},{\"a\"b\":2}]"));
        assertEquals("SyntaxError: Unexpected token ':' in JSON at position 17", parsed("[{\"ab\":1},{\"ab\":2:3}]"));
        assertEquals("SyntaxError: Unterminated string in JSON at position 14", parsed("[{\"ab\":1},{\"ab"));
    }

    @Test
    void manyObjectsWithManyNamesRoundTrip() {
        // more distinct names and name lists than any cache of them holds, and objects too big for shared shapes
        assertEquals("true,true", str("var a = [];"
            + " for (var i = 0; i < 3000; i++) { var o = {}; for (var j = 0; j <= i % 7; j++) { o['k' + (i * (j + 1) * 7919) % 600] = i + j; } a.push(o); }"
            + " var big = {}; for (var i = 0; i < 300; i++) { big['p' + (i * 7) % 300] = i; } a.push(big, big);"
            + " var t = JSON.stringify(a); var back = JSON.parse(t);"
            + " [JSON.stringify(back) === t, Object.keys(back[3000]).join() === Object.keys(big).join()].join()"));
    }

    @Test
    void longArraysAndObjectsAtTheSameDepth() {
        String text = "[{\"x\":1},[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17],{\"a\":1,\"b\":2,\"c\":3,\"d\":4,\"e\":5,\"f\":6,\"g\":7,\"h\":8,"
            + "\"i\":9,\"j\":10,\"k\":11,\"l\":12,\"m\":13,\"n\":14,\"o\":15,\"p\":16,\"q\":17,\"r\":18},[1,2],{\"a\":[{\"b\":[]}]}]";
        assertEquals(text, parsed(text));
    }

    @Test
    void numbersReadAsTheNearestDouble() {
        assertEquals("0.1,1e+22,1e+23,9007199254740992,9007199254740996,1.2345678901234568e+29,4.35,-0.001,"
                + "2.225073858507201e-308,5e-324,0,1.7976931348623157e+308,Infinity,123456789,-1234567890,0.3",
            str("['0.1', '1e22', '1e23', '9007199254740993', '9007199254740995', '123456789012345678901234567890', '4.35',"
                + " '-1e-3', '2.2250738585072011e-308', '4.9406564584124654e-324', '1e-400', '1.7976931348623157e308', '2e308',"
                + " '123456789', '-1234567890', '0.30000000000000000001'].map(function (t) { return String(JSON.parse(t)); }).join()"));
        assertEquals(true, eval("['-0', '-0.0', '-0e5', '-0.000e-30'].every(function (t) { return Object.is(JSON.parse(t), -0); })"));
    }

    @Test
    void veryDeepNestingParsesAndSerializesWithoutJavaStackOverflow() {
        int depth = 100_000;
        String deep = "[".repeat(depth) + "]".repeat(depth);
        try (JSRuntime rt = new JSRuntime(); JSContext cx = rt.newContext()) {
            cx.setGlobal("text", deep);
            assertEquals(deep, cx.evalRaw("JSON.stringify(JSON.parse(text))", "t.js"));
            assertEquals(true, cx.evalRaw("Array.isArray(JSON.parse(text, function (k, v) { return v; }))", "t.js"));
            cx.setGlobal("objects", "{\"a\":".repeat(depth) + "1" + "}".repeat(depth));
            assertEquals(depth * 6 + 1, ((String) cx.evalRaw("JSON.stringify(JSON.parse(objects))", "t.js")).length());
        }
    }

    @Test
    void reviverWalksPostOrderWithHolderAsThisAndStringKeys() {
        assertEquals("0:number:true|1:number:true|a:object:false|b:number:false|:object:true",
            str("var log = []; var root = JSON.parse('{\"a\":[1,2],\"b\":3}', function (k, v) {"
                + " log.push(k + ':' + typeof v + ':' + (k === '' ? this[''] === v : Array.isArray(this))); return v; });"
                + "log.join('|')"));
    }

    @Test
    void reviverReturningUndefinedDeletesAndOtherValuesReplace() {
        assertEquals("{\"b\":[20,null]}",
            str("JSON.stringify(JSON.parse('{\"a\":1,\"b\":[2,3]}', function (k, v) {"
                + " if (k === 'a') return undefined; if (k === '1') return undefined; return typeof v === 'number' ? v * 10 : v; }))"));
        // the deleted array element leaves a hole: length stays 2
        assertEquals("2,false", str("var a = JSON.parse('[1,2]', function (k, v) { return k === '1' ? undefined : v; });"
            + "[a.length, 1 in a].join()"));
    }

    @Test
    void reviverSeesSiblingsChangedByEarlierCalls() {
        // keys are collected before the walk; a sibling deleted by the reviver is revived as undefined
        assertEquals("a:1|b:undefined|:object",
            str("var log = []; JSON.parse('{\"a\":1,\"b\":2}', function (k, v) {"
                + " if (k === 'a') delete this.b; log.push(k + ':' + (typeof v === 'object' ? 'object' : v)); return v; });"
                + "log.join('|')"));
    }

    @Test
    void reviverResultForRootIsReturned() {
        assertEquals("replaced", eval("JSON.parse('1', function (k, v) { return k === '' ? 'replaced' : v; })"));
        assertEquals("1", str("JSON.parse('1', 42)"));
    }

    @Test
    void stringifiesPrimitivesAndSkipsWhatJsonCannotHold() {
        assertEquals("[null,null,null,0,1.5,\"s\",true,null,null]",
            str("JSON.stringify([NaN, Infinity, -Infinity, -0, 1.5, 's', true, undefined, function () {}])"));
        assertEquals("{\"a\":1}", str("JSON.stringify({a: 1, b: undefined, c: function () {}, [Symbol()]: 2, d: Symbol()})"));
        assertEquals(Undefined.INSTANCE, eval("JSON.stringify(undefined)"));
        assertEquals(Undefined.INSTANCE, eval("JSON.stringify(function () {})"));
        assertEquals(Undefined.INSTANCE, eval("JSON.stringify(Symbol())"));
        assertEquals("{\"e\":1}", str("var o = Object.create({inherited: 1}); Object.defineProperty(o, 'hidden', {value: 1});"
            + "o.e = 1; JSON.stringify(o)"));
    }

    @Test
    void escapesQuotesControlCharactersAndLoneSurrogates() {
        assertEquals("\"\\\"\\\\\\b\\f\\n\\r\\t\\u0000\\u001f \u2028 \ud83d\ude00 \\ud83d \\ude00 \\udead\"",
            str("JSON.stringify('\"\\\\\\b\\f\\n\\r\\t\\u0000\\u001f \\u2028 \\ud83d\\ude00 \\ud83d \\ude00 \\udead')"));
    }

    @Test
    void wrapperObjectsAreUnwrappedThroughTheirConversions() {
        assertEquals("[3,\"s\",false]", str("JSON.stringify([new Number(3), new String('s'), new Boolean(false)])"));
        assertEquals("[42,\"override\"]", str("var n = new Number(1); n.valueOf = function () { return 42; };"
            + "var s = new String('x'); s.toString = function () { return 'override'; }; JSON.stringify([n, s])"));
    }

    @Test
    void toJsonIsCalledWithTheKey() {
        assertEquals("{\"a\":\"key=a\",\"b\":[\"key=0\"],\"d\":\"1970-01-01T00:00:00.000Z\"}",
            str("var t = {toJSON: function (k) { return 'key=' + k; }}; JSON.stringify({a: t, b: [t], d: new Date(0)})"));
        assertEquals("\"root\"", str("JSON.stringify({toJSON: function (k) { return k === '' ? 'root' : 'no'; }})"));
    }

    @Test
    void replacerFunctionGetsHolderKeyAndValue() {
        assertEquals("|true;a|true;0|true;1|true;b|true",
            str("var log = []; var o = {a: [1, 2], b: 3}; JSON.stringify(o, function (k, v) {"
                + " var holder = k === '' ? this[''] === o : k === 'a' || k === 'b' ? this === o : this === o.a;"
                + " log.push(k + '|' + (holder && typeof k === 'string')); return v; }); log.join(';')"));
        assertEquals("{\"a\":\"A\",\"c\":[null]}",
            str("JSON.stringify({a: 'a', b: 1, c: [2]}, function (k, v) {"
                + " return typeof v === 'string' ? v.toUpperCase() : typeof v === 'number' ? undefined : v; })"));
    }

    @Test
    void replacerArraySelectsDeduplicatedKeysInItsOrder() {
        assertEquals("{\"b\":2,\"1\":\"one\",\"a\":1}",
            str("JSON.stringify({a: 1, b: 2, 1: 'one', c: 3}, ['b', 1, new String('a'), 'b', new Number(1), true, {}, null])"));
        // the list applies at every level, arrays are not filtered
        assertEquals("{\"a\":[{\"a\":1}]}", str("JSON.stringify({a: [{a: 1, b: 2}], b: 3}, ['a'])"));
    }

    @Test
    void spaceIsClampedAndTruncated() {
        assertEquals("{\n          \"a\": 1\n}", str("JSON.stringify({a: 1}, null, 20)"));
        assertEquals("{\"a\":1}", str("JSON.stringify({a: 1}, null, 0.9)"));
        assertEquals("{\n0123456789\"a\": 1\n}", str("JSON.stringify({a: 1}, null, '0123456789ABC')"));
        assertEquals("{\n  \"a\": [\n    1\n  ],\n  \"b\": {},\n  \"c\": []\n}",
            str("JSON.stringify({a: [1], b: {}, c: []}, null, new Number(2))"));
        assertEquals("[\nxx1\n]", str("JSON.stringify([1], null, new String('xx'))"));
    }

    @Test
    void cyclesAndBigIntsAreTypeErrors() {
        assertEquals("TypeError: Converting circular structure to JSON", error("var a = [1]; a.push({x: a}); JSON.stringify(a)"));
        assertEquals("TypeError: Do not know how to serialize a BigInt", error("JSON.stringify({a: 1n})"));
        // the same object twice without a cycle is fine
        assertEquals("[{},{}]", str("var o = {}; JSON.stringify([o, o])"));
    }

    @Test
    void deepCycleIsFoundBeyondTheLinearlyScannedDepth() {
        assertEquals("TypeError: Converting circular structure to JSON",
            error("var root = {}, o = root; for (var i = 0; i < 100; i++) { o.c = {}; o = o.c; } o.back = root.c.c.c; JSON.stringify(root)"));
        assertEquals("TypeError: Converting circular structure to JSON",
            error("var root = {}, o = root; for (var i = 0; i < 100; i++) { o.c = {}; o = o.c; } var mid = o;"
                + " for (var i = 0; i < 10; i++) { o.c = {}; o = o.c; } o.back = mid; JSON.stringify(root)"));
    }

    @Test
    void observableStepsHappenInSpecOrder() {
        // Get of each property, toJSON lookup, replacer call, in property order, children before the next sibling
        assertEquals("get a,toJSON a,replacer a,get x,replacer x,get b,replacer b",
            str("var log = []; var inner = {get x() { log.push('get x'); return 1; }};"
                + "var o = {get a() { log.push('get a'); return {toJSON: function () { log.push('toJSON a'); return inner; }}; },"
                + " get b() { log.push('get b'); return 2; }};"
                + "JSON.stringify(o, function (k, v) { if (k) log.push('replacer ' + k); return v; }); log.join()"));
    }

    @Test
    void propertiesAddedOrDeletedDuringSerializationFollowTheSpec() {
        // keys are taken when an object's serialization starts; deleted ones read as undefined and are skipped
        assertEquals("{\"a\":{\"x\":1}}",
            str("var o = {a: {toJSON: function () { delete o.b; o.c = 3; return {x: 1}; }}, b: 2}; JSON.stringify(o)"));
    }

    @Test
    void keysAreTakenWhenAnObjectStartsAndValuesWhenTheirTurnComes() {
        // a later property turned into a getter, deleted and added again, made non-enumerable
        assertEquals("{\"a\":1,\"b\":\"g\",\"c\":3}", str("var o = {a: {toJSON: function () {"
            + " Object.defineProperty(o, 'b', {get: function () { return 'g'; }, enumerable: true, configurable: true}); return 1; }}, b: 2, c: 3};"
            + " JSON.stringify(o)"));
        assertEquals("{\"a\":1,\"b\":5,\"c\":3}",
            str("var o = {a: {toJSON: function () { delete o.b; o.b = 5; return 1; }}, b: 2, c: 3}; JSON.stringify(o)"));
        assertEquals("{\"a\":1,\"b\":2}", str("var o = {a: 1, b: 2};"
            + " JSON.stringify(o, function (k, v) { if (k === 'a') { Object.defineProperty(this, 'b', {enumerable: false}); } return v; })"));
        assertEquals("[{\"a\":1,\"b\":2},{\"a\":3}]", str("var p = {a: 1, b: 2}, q = {a: 3, b: 4};"
            + " JSON.stringify([p, q], function (k, v) { if (k === '0') { delete q.b; } return v; })"));
    }

    @Test
    void toJsonAddedDuringSerializationIsFound() {
        // on the prototype, after objects of the same shape were written without one
        assertEquals("[{\"a\":1},{\"a\":2},\"late\",\"late\"]", str("var items = [{a: 1}, {a: 2}, {a: 3}, [{a: 4}]];"
            + " JSON.stringify(items, function (k, v) { if (k === '1') { Object.prototype.toJSON = function () { return 'late'; }; } return v; })"));
        // as an own property, or through a new prototype, of an object whose shape was seen before
        assertEquals("[{\"x\":1},\"b\",\"p\"]", str("var a = {x: 1}, b = {x: 2}, c = {x: 3};"
            + " JSON.stringify([a, b, c], function (k, v) { if (k === '0') { b.toJSON = function () { return 'b'; };"
            + " Object.setPrototypeOf(c, {toJSON: function () { return 'p'; }}); } return v; })"));
        // a getter on the prototype runs for every object
        assertEquals("3:[1,1]", str("var n = 0; Object.defineProperty(Object.prototype, 'toJSON', {get: function () { n++; }});"
            + " var s = JSON.stringify([{}, {}]); n + ':' + JSON.stringify([n > 0 ? 1 : 0, 1])"));
    }

    @Test
    void onlyEnumerableStringKeysInPropertyOrder() {
        assertEquals("{\"1\":4,\"2\":2,\"b\":1,\"a\":3,\"z\":5}", str("var o = {b: 1, 2: 2, a: 3, 1: 4}; o[Symbol('s')] = 6;"
            + " Object.defineProperty(o, 'h', {value: 7, enumerable: false}); o.z = 5; JSON.stringify(o)"));
        assertEquals("{\"b\":2}", str("var o = Object.create({a: 1}); o.b = 2; JSON.stringify(o)"));
        assertEquals("{\"x\":1,\"y\":2}", str("var o = {x: 1, y: 2}; Object.freeze(o); JSON.stringify(o)"));
    }

    @Test
    void textBeyondLatin1WithMembersLeftOut() {
        assertEquals("{\"\u00e9\":\"\u20ac\",\"\u4e2d\":[null,null],\"b\":\"x\\ud800y\\udc00\ud83d\ude00\u00ff\u0100\"}",
            str("JSON.stringify({'\u00e9': '\u20ac', a: undefined, '\u4e2d': [undefined, function () {}],"
                + " b: 'x\ud800y\udc00\ud83d\ude00\u00ff\u0100', c: undefined})"));
        assertEquals("{\n\u2003\"a\": \"x\",\n\u2003\"\u4e2d\u6587\": 1,\n\u2003\"\u00e9\\n\": 2\n}",
            str("JSON.stringify({a: 'x', '\u4e2d\u6587': 1, '\u00e9\\n': 2}, null, '\u2003')"));
        // long Latin-1 text before the first wider character
        assertEquals(true, eval("var s = 'caf\u00e9 '.repeat(1000); var t = JSON.stringify([s, s + '\u4e2d', s]);"
            + " t === '[\"' + s + '\",\"' + s + '\u4e2d\",\"' + s + '\"]'"));
    }

    @Test
    void numbersAreWrittenAsNumberToString() {
        assertEquals("[0.1,0,1e+21,1e-7,123.456,-5e-324,1.7976931348623157e+308,9007199254740992,9007199254740994,"
                + "-1.5,0.3333333333333333,100,100000000000000000000,0.000001,-2147483648,2147483648,1.5e-10,null,null]",
            str("JSON.stringify([0.1, -0, 1e21, 1e-7, 123.456, -5e-324, 1.7976931348623157e308, 2 ** 53, 2 ** 53 + 2,"
                + " -1.5, 1 / 3, 100, 1e20, 0.000001, -2147483648, 2147483648, 1.5e-10, NaN, -Infinity])"));
    }

    @Test
    void functionPropertiesAndTag() {
        assertEquals("parse:2,stringify:3,[object JSON]",
            str("['parse', 'stringify'].map(function (n) { return n + ':' + JSON[n].length; }).join() + ','"
                + " + Object.prototype.toString.call(JSON)"));
        assertEquals("false,false,true", str("var d = Object.getOwnPropertyDescriptor(JSON, Symbol.toStringTag);"
            + "[d.writable, d.enumerable, d.configurable].join()"));
    }
}
