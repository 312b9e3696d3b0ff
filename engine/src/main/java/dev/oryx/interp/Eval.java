package dev.oryx.interp;

import dev.oryx.runtime.Realm;

/** eval (19.2.1): indirect eval runs in the global scope; direct eval is completed with scope capture support. */
public final class Eval {
    private Eval() {
    }

    /** Installed by the builtins: performs an eval of source text in the global scope of a realm. */
    public interface Evaluator {
        Object evaluate(Realm realm, String source, boolean strictCaller, boolean direct);
    }

    static Object directEval(Realm realm, Frame frame, Object callee, Object[] args, Object scopeInfo) {
        if (callee != realm.evalFunction) {
            return SlowPaths.callValue(realm, callee, dev.oryx.runtime.Undefined.INSTANCE, args, frame);
        }
        Object x = args.length == 0 ? dev.oryx.runtime.Undefined.INSTANCE : args[0];
        if (!(x instanceof String source)) {
            return x;
        }
        boolean strict = frame.code.is(dev.oryx.bytecode.FunctionCode.STRICT);
        return realm.evaluator.evaluate(realm, source, strict, true);
    }
}
