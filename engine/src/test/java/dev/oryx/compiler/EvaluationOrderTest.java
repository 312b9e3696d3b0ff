package dev.oryx.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import dev.oryx.Scripts;


/** Orders of evaluation the compiler emits for member references (ECMA-262 13.3, 13.15, 6.2.5.5). */
class EvaluationOrderTest {
    private static Object eval(String source) {
        return Scripts.eval(source, "order.js");
    }

    @Test
    void aNullishBaseThrowsBeforeTheKeyIsConvertedInCompoundAssignmentsAndUpdates() {
        assertEquals("TypeError,TypeError,TypeError,TypeError|", eval("""
            var log = [];
            var key = { toString() { log.push('key'); return 'k'; } };
            function rhs() { log.push('rhs'); return 1; }
            var out = [];
            for (var f of [() => { var b = null; b[key] += rhs(); }, () => { var b; b[key]++; },
                           () => { var b = null; b[key] &&= rhs(); }, () => { var b; --b[key]; }]) {
                try { f(); out.push('no error'); } catch (e) { out.push(e.name); }
            }
            out.join() + '|' + log.join()"""));
        // on an object the key is converted once, before the right side
        assertEquals("key,rhs|3", eval("""
            var log = [];
            var key = { toString() { log.push('key'); return 'k'; } };
            var o = { k: 2 };
            o[key] += (log.push('rhs'), 1);
            log.join() + '|' + o.k"""));
    }

    @Test
    void aParenthesizedOptionalChainKeepsThisForTheCall() {
        assertEquals("42,42,42,42,TypeError", eval("""
            var a = { b() { return this._b; }, _b: { c: 42 } };
            var out = [(a?.b)().c, (a?.b)?.().c, ((a?.b))().c, (a?.['b'])().c];
            var n = null;
            try { (n?.b)(); } catch (e) { out.push(e.name); }
            out.join()"""));
    }

    @Test
    void superPropertiesTakeThisBeforeTheKeyExpression() {
        assertEquals("ReferenceError,ReferenceError,ReferenceError,ReferenceError|", eval("""
            var log = [];
            class Base { constructor() { log.push('base'); } }
            var out = [];
            for (var body of [
                    class extends Base { constructor() { super[super()]; } },
                    class extends Base { constructor() { super[super()] = 1; } },
                    class extends Base { constructor() { super[(super(), 'x')] += 1; } },
                    class extends Base { constructor() { delete super[(super(), 0)]; } }]) {
                try { new body(); out.push('no error'); } catch (e) { out.push(e.name); }
            }
            out.join() + '|' + log.join()"""));
    }

    @Test
    void aParameterReadBeforeAWriteThroughMappedArgumentsKeepsItsValue() {
        // the write goes to the parameter's register behind the compiler's back
        assertEquals("2|1,5", eval("""
            function add(o) { var a = arguments; return o + (a[0] = 5, 1); }
            function receiver(o) { var a = arguments; return o.m(a[0] = 5) + ',' + o; }
            add(1) + '|' + receiver({ m() { return this.v; }, v: 1 })"""));
    }
}
