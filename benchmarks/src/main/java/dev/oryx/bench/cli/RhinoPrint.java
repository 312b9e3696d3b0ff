package dev.oryx.bench.cli;

import org.mozilla.javascript.BaseFunction;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;

/**
 * A stand-in for Rhino's shell ({@code org.mozilla.javascript.tools.shell.Main -e CODE}) for the
 * start-up measurement: the shell lives in the rhino-tools artifact, which the registry reachable
 * here does not serve. Does the least the shell does for {@code -e}: a Context in Rhino's default
 * mode with the newest language version, the standard objects, a {@code print} function, one
 * evaluation. The real shell also builds its Global (load, readFile, ...), so this stand-in
 * favours Rhino.
 */
public final class RhinoPrint {
    private RhinoPrint() {
    }

    public static void main(String[] args) {
        if (args.length != 2 || !args[0].equals("-e")) {
            System.err.println("usage: RhinoPrint -e CODE");
            System.exit(2);
        }
        Context cx = Context.enter();
        try {
            cx.setLanguageVersion(Context.VERSION_ECMASCRIPT);
            ScriptableObject scope = cx.initStandardObjects();
            ScriptableObject.putProperty(scope, "print", new BaseFunction() {
                @Override
                public Object call(Context c, Scriptable s, Scriptable thisObj, Object[] a) {
                    StringBuilder sb = new StringBuilder();
                    for (int i = 0; i < a.length; i++) {
                        sb.append(i == 0 ? "" : " ").append(Context.toString(a[i]));
                    }
                    System.out.println(sb);
                    return Context.getUndefinedValue();
                }
            });
            cx.evaluateString(scope, args[1], "<command line>", 1, null);
        } finally {
            Context.exit();
        }
    }
}
