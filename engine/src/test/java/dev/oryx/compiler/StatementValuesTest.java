package dev.oryx.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import dev.oryx.Scripts;

/**
 * Semantics kept by the compiler's shortcuts for values nobody reads: updates and assignments as
 * statements, returns of a binding or a conditional, member writes through a binding's register,
 * and a yield that resumes into a temporary.
 */
class StatementValuesTest {
    private static Object eval(String source) {
        return Scripts.eval(source, "values.js");
    }

    @Test
    void anUpdateStatementConvertsWithToNumericOnce() {
        assertEquals("v|2,6,number,2,NaN,TypeError", eval("""
            function f() {
                var log = [];
                var o = { valueOf() { log.push('v'); return 1; } };
                o++;
                var s = '5'; s++;
                let b = 1n; b++; b--; b++;
                let u; u++;
                let sym = Symbol(); var error = 'none';
                try { sym++; } catch (e) { error = e.name; }
                return log.join() + '|' + [o, s, typeof s, b, u, error].join();
            }
            f()"""));
        // a const binding: ToNumeric (valueOf) runs, then the assignment throws
        assertEquals("v,TypeError", eval("""
            function g() {
                var log = [];
                const c = { valueOf() { log.push('v'); return 1; } };
                try { c++; } catch (e) { log.push(e.name); }
                return log.join();
            }
            g()"""));
    }

    @Test
    void returningABindingReturnsItsValueAtTheReturn() {
        assertEquals("1,1,true,false", eval("""
            function viaFinally() { let x = 1; try { return x; } finally { x = 2; } }
            // closing the iterator runs user code that writes the parameter through the mapped arguments object
            function viaIteratorClose(n) {
                var args = arguments;
                var it = { [Symbol.iterator]() {
                    return { next() { return { done: false, value: 0 }; }, return() { args[0] = 99; return {}; } };
                } };
                for (var x of it) { return n; }
            }
            class B {}
            class D extends B { constructor(c) { super(); var u; return c ? u : u; } }
            function pick(c) { return c ? true : false; }
            [viaFinally(), viaIteratorClose(1), new D(true) instanceof D, pick(0)].join()"""));
    }

    @Test
    void aMemberWriteEvaluatesItsObjectBeforeAValueThatReassignsIt() {
        assertEquals("5,undefined,true", eval("""
            function f() {
                let o = {}; const first = o; let p = {};
                o.x = (o = p, 5);
                return [first.x, String(p.x), o === p].join();
            }
            f()"""));
    }

    @Test
    void aMethodCallKeepsTheReceiverItReadBeforeArgumentsThatReassignIt() {
        assertEquals("1,2", eval("""
            function f() {
                let o = { n: 1, m() { return this.n; } };
                const p = { n: 2, m() { return this.n; } };
                return [o.m(o = p), o.m()].join();
            }
            f()"""));
    }

    @Test
    void aYieldResumedByReturnLeavesTheAssignedBindingAlone() {
        assertEquals("1|7", eval("""
            var seen;
            function* g() { let x = 1; try { x = yield x; } finally { seen = x; } }
            var it = g(); it.next(); it.return(5);
            function* h() { let a = [0]; a[0] = yield 1; return a[0]; }
            var it2 = h(); it2.next();
            seen + '|' + it2.next(7).value"""));
    }
}
