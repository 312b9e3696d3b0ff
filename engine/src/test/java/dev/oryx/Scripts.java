package dev.oryx;

import dev.oryx.api.JSContext;
import dev.oryx.api.JSRuntime;

/** Test helper: runs a script in a fresh runtime and returns its completion value (a String flattened, as hosts get it). */
public final class Scripts {
    private Scripts() {
    }

    public static Object eval(String source, String fileName) {
        try (JSRuntime rt = new JSRuntime(); JSContext cx = rt.newContext()) {
            return cx.evalRaw(source, fileName);
        }
    }
}
