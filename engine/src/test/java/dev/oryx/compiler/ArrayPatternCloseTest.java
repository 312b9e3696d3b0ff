package dev.oryx.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import dev.oryx.Scripts;

/**
 * Array destructuring and its iterator: the target is evaluated before each step, and a
 * generator's return() at a yield inside the pattern closes the iterator unless it is done.
 * The test iterables produce undefined values, so every default initializer runs.
 */
class ArrayPatternCloseTest {
    private static final String LOG_ITERABLE = """
        var log = [];
        function iterable(n, returnValue) {
            var i = 0;
            return { [Symbol.iterator]() { return {
                next() { log.push('next'); return { done: i++ >= n, value: undefined }; },
                return() { log.push('return'); return returnValue; } }; } };
        }
        """;

    private static Object eval(String source) {
        return Scripts.eval(LOG_ITERABLE + source, "pattern.js");
    }

    @Test
    void returnAtAYieldInsideAnAssignmentPatternClosesTheIterator() {
        assertEquals("next,return|7,true", eval("""
            var a;
            function* g() { [a = yield] = iterable(5, {}); log.push('unreachable'); }
            var it = g(); it.next();
            var r = it.return(7);
            log.join() + '|' + r.value + ',' + r.done"""));
    }

    @Test
    void returnAtAYieldInsideABindingPatternClosesTheIteratorThroughFinally() {
        assertEquals("next,next,return,finally|8,true", eval("""
            function* g() { try { var [x, y = yield] = iterable(3, {}); } finally { log.push('finally'); } }
            var it = g(); it.next();
            var r = it.return(8);
            log.join() + '|' + r.value + ',' + r.done"""));
    }

    @Test
    void anExhaustedIteratorIsNotClosedAndABadReturnResultIsATypeError() {
        assertEquals("next,next|9", eval("""
            function* g() { var [x, y = yield] = iterable(1, {}); }
            var it = g(); it.next();
            log.join() + '|' + it.return(9).value"""));
        assertEquals("next,return|TypeError", eval("""
            function* g() { var [x = yield] = iterable(5, null); }
            var it = g(); it.next();
            var e; try { it.return(1); } catch (err) { e = err; }
            log.join() + '|' + e.name"""));
    }

    @Test
    void theTargetIsEvaluatedBeforeTheIteratorSteps() {
        assertEquals("target,next,target,next,return|true,true", eval("""
            var o = {};
            function key(k) { log.push('target'); return k; }
            [o[key('p')], o[key('q')]] = iterable(5, {});
            log.join() + '|' + ('p' in o) + ',' + ('q' in o)"""));
        assertEquals("return|Error", eval("""
            var e;
            try { [{}[(function () { throw new Error('t'); })()]] = iterable(5, {}); } catch (err) { e = err; }
            log.join() + '|' + e.name"""));
    }
}
