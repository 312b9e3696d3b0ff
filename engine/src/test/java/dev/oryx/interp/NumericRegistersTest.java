package dev.oryx.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.oryx.api.JSContext;
import dev.oryx.api.JSRuntime;
import dev.oryx.bytecode.FunctionCode;
import org.junit.jupiter.api.Test;

class NumericRegistersTest {
    private static FunctionCode code(String source, String name) {
        JSContext cx = JSRuntime.builder().compileThreshold(0).build().newContext();
        cx.eval(source, "t.js");
        return ((BytecodeFunction) cx.eval(name, "t.js").raw()).code;
    }

    /** The registers of the whole function that hold only Numbers. */
    private static long numeric(FunctionCode code) {
        NumericRegisters numbers = NumericRegisters.of(code);
        assertNotNull(numbers);
        return numbers.numeric(0, code.code.length, null);
    }

    @Test
    void aParameterTheLoopOnlyReadsIsAnInputUnlessItIsOnlyCompared() {
        // k feeds arithmetic: an input, checked at the entries; n is only compared with the int
        // counter: left boxed, so that i < n stays an int comparison (a counted loop to HotSpot)
        FunctionCode code = code("function f(a, n, k) { var s = 0; for (var i = 0; i < n; i++) { s += i * k; } return s; }", "f");
        NumericRegisters numbers = NumericRegisters.of(code);
        assertNotNull(numbers);
        boolean[] local = numbers.localDefs(0, code.code.length, java.util.Set.of(0));
        long regs = numbers.numeric(0, code.code.length, local);
        assertEquals(0b100, numbers.inputs() & 0b111, Long.toBinaryString(numbers.inputs()));
        assertEquals(0b100, regs & 0b111, Long.toBinaryString(regs));
    }

    @Test
    void sumsStayNumbersWhenTheFunctionEndsWithAReturn() {
        // the compiler ends every function with "return undefined", here after the last return,
        // where it writes a temporary that the loop's arithmetic uses too: that dead write must
        // not count against it
        FunctionCode code = code("""
            function sum(a, n) {
              var s = 0, t = 0, i;
              for (i = 0; i < n; i++) { s += a[i]; t = (t + a[i]) | 0; }
              return s + t;
            }""", "sum");
        // registers: a, n, s, t, i, then the temporaries; s, t and i hold Numbers
        long regs = numeric(code);
        assertEquals(0b11100, regs & 0b11111, Long.toBinaryString(regs));
    }

    @Test
    void aRegisterWrittenWithSomethingElseOnALivePathIsNotANumber() {
        FunctionCode code = code("""
            function f(n, k) {
              var s = 0;
              for (var i = 0; i < n; i++) s += i;
              if (k) s = 'x';
              return s;
            }""", "f");
        long regs = numeric(code);
        assertEquals(0b01000, regs & 0b01100, Long.toBinaryString(regs)); // i (r3), not s (r2)
    }
}
