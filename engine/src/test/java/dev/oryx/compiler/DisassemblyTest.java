package dev.oryx.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import dev.oryx.bytecode.Disassembler;
import dev.oryx.bytecode.FunctionCode;
import dev.oryx.parse.Parser;

/** The compiler's output for small snippets, as disassembled text: what the interpreter actually runs. */
class DisassemblyTest {
    /** The disassembly of the first function declared in {@code source}. */
    private static String function(String source) {
        FunctionCode script = Compiler.compileScript(Parser.parseScript(source, "t.js"));
        for (Object k : script.constants) {
            if (k instanceof FunctionCode f) {
                String text = Disassembler.disassemble(f);
                return text.substring(text.indexOf('\n') + 1);
            }
        }
        throw new AssertionError("no function in " + source);
    }

    @Test
    void recursiveFibUsesImmediateOperandsAndThreadedReturns() {
        assertEquals("""
                0  jump_if_ge_int r0, 2, ->9
                4  move r1, r0
                7  return r1
                9  get_global r3, "fib", ic0
               13  sub_int r4, r0, 1
               17  call_func r2, r3, r4, 1
               22  get_global r4, "fib", ic1
               26  sub_int r5, r0, 2
               30  call_func r3, r4, r5, 1
               35  add r1, r2, r3
               39  return r1
               41  load_undefined r1
               43  return r1
            """, function("function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }"));
    }

    @Test
    void uncapturedLocalsStayInRegistersAndCapturedOnesInCells() {
        String plain = function("function f() { let a = 1; let b = a + 2; return b; }");
        assertEquals(false, plain.contains("cell"), plain);
        String captured = function("function f() { let a = 1; return () => a; }");
        assertEquals(true, captured.contains("new_cell"), captured);
    }

    @Test
    void methodCallsPassTheReceiverAndPropertyReadsUseInlineCaches() {
        String text = function("function f(o) { return o.m(o.x); }");
        assertEquals(true, text.contains("get_prop") && text.contains("ic0") && text.contains("call "), text);
        assertEquals(false, text.contains("call_func"), text);
    }

    @Test
    void forOfClosesItsIteratorOnBreak() {
        String text = function("function f(a) { for (const x of a) { if (x) break; } }");
        assertEquals(true, text.contains("get_iterator") && text.contains("iter_next") && text.contains("iter_close"), text);
    }
}
