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
    void recursiveFibUsesImmediateOperandsAndReturnsEachArmOfTheConditional() {
        assertEquals("""
                0  jump_if_ge_int r0, 2, ->6
                4  return r0
                6  get_global r3, "fib", ic0
               10  sub_int r4, r0, 1
               14  call_func r2, r3, r4, 1
               19  get_global r4, "fib", ic1
               23  sub_int r5, r0, 2
               27  call_func r3, r4, r5, 1
               32  add r1, r2, r3
               36  return r1
               38  load_undefined r1
               40  return r1
            """, function("function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }"));
    }

    @Test
    void statementsDoNotCopyTheValuesOfTheirUpdatesAndAssignments() {
        // i++ as a statement is one INC (it applies ToNumeric itself); the member writes use the
        // bindings' registers; nothing copies an assignment's value to a discarded temporary
        assertEquals("""
                0  load_this r2
                2  load_undefined r3
                4  load_int r3, 0
                7  inc r3, r3
               10  get_prop r1, r0, "x", ic0
               15  set_prop r0, "y", r1, ic1
               20  set_prop r2, "z", r3, ic2
               25  load_undefined r4
               27  return r4
            """, function("function f(o, n) { var i = 0; i++; n = o.x; o.y = n; this.z = i; }"));
    }

    @Test
    void aMethodCallTakesItsReceiverAndASingleArgumentFromTheirBindings() {
        assertEquals("""
                0  get_prop r3, r0, "m", ic0
                5  call r2, r3, r0, r1, 1
               11  return r2
               13  load_undefined r2
               15  return r2
            """, function("function f(o, x) { return o.m(x); }"));
    }

    @Test
    void intConstantsOutsideTheBoxCacheComeFromTheConstantPool() {
        String text = function("function f(a) { a[0] = 127; a[1] = -128; a[2] = 1000003; a[3] = -0; a[4] = 1000003; }");
        assertEquals(true, text.contains("load_int r2, 127") && text.contains("load_int r2, -128"), text);
        assertEquals(2, text.split("load_const r2, 1000003\n").length - 1, text);
        assertEquals(true, text.contains("load_const r2, -0.0"), text);
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
