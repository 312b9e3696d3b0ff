package dev.oryx.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import dev.oryx.Scripts;


/** eval(...args) is a direct eval: the callee is the name eval, whatever the arguments look like (13.3.6.1). */
class DirectEvalSpreadTest {
    private static Object eval(String source) {
        return Scripts.eval(source, "eval-spread.js");
    }

    @Test
    void aSpreadCallOfEvalSeesTheLocalScope() {
        assertEquals("1,global,0|1,local,3", eval("""
            var x = 'global';
            var a = (function () { var x = 'local'; eval(...['x = 1;', 'x = 2;']); return x; })();
            var b = (function () { var x = 'local'; eval(...[], 'x = 0;'); return x; })();
            var c = (function () { var x = 'local'; var e = eval; return e(...['x']) + ',' + eval(...['x']); })();
            var calls = 0, it = { [Symbol.iterator]() { return { next() { calls++; return { done: calls > 2, value: 'x = ' + calls + ';' }; } }; } };
            var d = (function () { var x = 'local'; eval(...it); return x; })();
            [a, x, b].join() + '|' + d + ',' + c.split(',')[1] + ',' + calls"""));
    }
}
