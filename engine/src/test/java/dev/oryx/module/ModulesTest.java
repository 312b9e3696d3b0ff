package dev.oryx.module;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import dev.oryx.api.JSContext;
import dev.oryx.api.JSException;
import dev.oryx.api.JSRuntime;
import dev.oryx.interp.JSPromise;

/** ES modules through an in-memory loader: linking, live bindings, cycles, namespaces, top-level await, import(). */
class ModulesTest {
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

    /** Runs {@code /main.js} of the given modules; returns what it printed (and the evaluation error, if any). */
    private String run(String... nameSource) {
        MemoryModuleLoader loader = new MemoryModuleLoader();
        for (int i = 0; i < nameSource.length; i += 2) {
            loader.add(nameSource[i], nameSource[i + 1]);
        }
        try (JSRuntime rt = new JSRuntime(); JSContext cx = rt.newContext()) {
            cx.installConsole(new PrintStream(buffer, true, StandardCharsets.UTF_8), new PrintStream(buffer, true, StandardCharsets.UTF_8));
            cx.setModuleLoader(loader);
            String main = loader.load0("/main.js");
            JSPromise p = (JSPromise) cx.evalModuleRaw(main, "/main.js");
            cx.runJobs();
            String out = buffer.toString(StandardCharsets.UTF_8);
            if (p.state() == JSPromise.REJECTED) {
                out += "rejected: " + new JSException(p.result()).getMessage() + "\n";
            } else if (p.state() == JSPromise.PENDING) {
                out += "pending\n";
            }
            return out;
        }
    }

    @Test
    void importedBindingsAreLive() {
        assertEquals("0\n2 2\n", run(
            "/main.js", "import { n, inc } from './counter.js'; import * as ns from './counter.js'; print(n); inc(); inc(); print(n, ns.n);",
            "/counter.js", "export let n = 0; export function inc() { n++; }"));
    }

    @Test
    void defaultExportsOfEveryForm() {
        assertEquals("f default C 3\n", run(
            "/main.js", "import f from './f.js'; import g from './g.js'; import C from './c.js'; import x from './x.js';"
                + " print(f(), g.name, C.name, x);",
            "/f.js", "export default function f() { return 'f'; }",
            "/g.js", "export default function () {}",
            "/c.js", "export default class C {}",
            "/x.js", "export default 1 + 2;"));
    }

    @Test
    void cyclesSeeHoistedFunctionsAndTdz() {
        assertEquals("a+b(function)\nReferenceError\n", run(
            "/main.js", "import { a, tryLet } from './a.js'; print(a()); print(tryLet);",
            "/a.js", "import { b, readLater } from './b.js'; export function a() { return 'a+' + b(); } export const tryLet = readLater; export let later = 1;",
            "/b.js", "import { a, later } from './a.js';"
                + " export function b() { return 'b(' + typeof a + ')'; }"
                + " export let readLater; try { later; readLater = 'no error'; } catch (e) { readLater = e.constructor.name; }"));
    }

    @Test
    void reExportsAndNamespaces() {
        assertEquals("1 2 default,x,y Module\n", run(
            "/main.js", "import { x, y } from './re.js'; import * as ns from './all.js'; print(x, y, Object.keys(ns).join(), ns[Symbol.toStringTag]);",
            "/re.js", "export { x } from './x.js'; export * from './y.js';",
            "/all.js", "export * from './x.js'; export * from './y.js'; export default 0;",
            "/x.js", "export const x = 1;",
            "/y.js", "export const y = 2;"));
    }

    @Test
    void aMissingOrAmbiguousExportIsASyntaxErrorAtLinkTime() {
        JSException missing = assertThrows(JSException.class, () -> run(
            "/main.js", "import { nope } from './x.js';",
            "/x.js", "export const x = 1;"));
        assertEquals("SyntaxError", missing.errorName());
        JSException ambiguous = assertThrows(JSException.class, () -> run(
            "/main.js", "import { x } from './both.js';",
            "/both.js", "export * from './a.js'; export * from './b.js';",
            "/a.js", "export const x = 1;",
            "/b.js", "export const x = 2;"));
        assertEquals("SyntaxError", ambiguous.errorName());
    }

    @Test
    void topLevelAwaitOrdersEvaluation() {
        assertEquals("slow start\nfast\nslow end\nmain 42\n", run(
            "/main.js", "import { v } from './slow.js'; import './fast.js'; print('main', v);",
            "/slow.js", "print('slow start'); export const v = await Promise.resolve(42); print('slow end');",
            "/fast.js", "print('fast');"));
    }

    @Test
    void anEvaluationErrorRejectsAndIsRememberedByTheModule() {
        assertEquals("before\nrejected: Error: boom\n", run(
            "/main.js", "import './bad.js'; print('never');",
            "/bad.js", "print('before'); throw new Error('boom');"));
    }

    @Test
    void dynamicImportResolvesToTheNamespace() {
        assertEquals("true 7 /lib/m.js\n", run(
            "/main.js", "import * as direct from './lib/m.js'; const ns = await import('./lib/m.js'); print(ns === direct, ns.seven, ns.where);",
            "/lib/m.js", "export const seven = 7; export const where = import.meta.url;"));
    }

    @Test
    void moduleCodeIsStrictAndThisIsUndefined() {
        assertEquals("undefined TypeError\n", run(
            "/main.js", "let r; try { undeclared = 1; } catch (e) { r = e.constructor.name; } print(typeof this, r === 'ReferenceError' ? 'TypeError' : r);"));
    }
}
