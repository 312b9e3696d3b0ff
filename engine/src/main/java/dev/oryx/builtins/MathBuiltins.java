package dev.oryx.builtins;

import static dev.oryx.builtins.Builtins.arg;
import static dev.oryx.builtins.Builtins.method;

import java.util.function.DoubleUnaryOperator;

import dev.oryx.object.JSObject;
import dev.oryx.object.Shape;
import dev.oryx.runtime.Conversions;
import dev.oryx.runtime.Numerics;
import dev.oryx.runtime.Realm;
import dev.oryx.runtime.Symbol;

/** The Math object (21.3). */
public final class MathBuiltins {
    private MathBuiltins() {
    }

    private static Builtins.Entry unary(String name, DoubleUnaryOperator f) {
        return method(name, 1, new Unary(f));
    }

    /**
     * The code of a Math function of one Number: ToNumber of the first argument, then
     * {@code f}. Compiled code that met one at a call site calls {@code f} on the double itself
     * (NumericRegisters.mathCall).
     */
    public record Unary(DoubleUnaryOperator f) implements Builtins.Method, dev.oryx.object.NativeFunction.Code {
        @Override
        public Object call(Realm realm, Object thisValue, Object[] args) {
            return Conversions.number(f.applyAsDouble(Conversions.toNumber(realm, arg(args, 0))));
        }

        @Override
        public Object invoke(Realm realm, Object thisValue, Object[] args, Object newTarget) {
            return call(realm, thisValue, args);
        }
    }

    static void install(Realm realm) {
        JSObject math = realm.newObject();
        realm.intrinsics.put("Math", math);
        Builtins.install(realm, math,
            Builtins.value("E", Math.E, 0),
            Builtins.value("LN10", Math.log(10), 0),
            Builtins.value("LN2", Math.log(2), 0),
            Builtins.value("LOG10E", 1 / Math.log(10), 0),
            Builtins.value("LOG2E", 1 / Math.log(2), 0),
            Builtins.value("PI", Math.PI, 0),
            Builtins.value("SQRT1_2", Math.sqrt(0.5), 0),
            Builtins.value("SQRT2", Math.sqrt(2), 0),
            Builtins.value(Symbol.TO_STRING_TAG, "Math", Shape.CONFIGURABLE),
            unary("abs", Math::abs),
            unary("acos", Math::acos),
            unary("acosh", x -> x < 1 ? Double.NaN : Math.log(x + Math.sqrt(x * x - 1))),
            unary("asin", Math::asin),
            unary("asinh", MathBuiltins::asinh),
            unary("atan", Math::atan),
            unary("atanh", x -> x == 0 ? x : 0.5 * Math.log((1 + x) / (1 - x))),
            method("atan2", 2, (r, t, a) -> {
                double y = Conversions.toNumber(r, arg(a, 0));
                double x = Conversions.toNumber(r, arg(a, 1));
                return Conversions.number(Math.atan2(y, x));
            }),
            unary("cbrt", Math::cbrt),
            unary("ceil", Math::ceil),
            unary("clz32", x -> Integer.numberOfLeadingZeros(Conversions.toInt32(x))),
            unary("cos", Math::cos),
            unary("cosh", Math::cosh),
            unary("exp", Math::exp),
            unary("expm1", Math::expm1),
            unary("floor", Math::floor),
            unary("fround", x -> (double) (float) x),
            method("hypot", 2, (r, t, a) -> {
                double[] vals = new double[a.length];
                for (int i = 0; i < a.length; i++) {
                    vals[i] = Conversions.toNumber(r, a[i]);
                }
                boolean nan = false;
                double sum = 0;
                double max = 0;
                for (double v : vals) {
                    if (Double.isInfinite(v)) {
                        return Double.POSITIVE_INFINITY;
                    }
                    if (Double.isNaN(v)) {
                        nan = true;
                    }
                    max = Math.max(max, Math.abs(v));
                }
                if (nan) {
                    return Double.NaN;
                }
                if (max == 0) {
                    return 0;
                }
                for (double v : vals) {
                    double s = v / max;
                    sum += s * s;
                }
                return Conversions.number(max * Math.sqrt(sum));
            }),
            method("imul", 2, (r, t, a) -> Conversions.toInt32(r, arg(a, 0)) * Conversions.toInt32(r, arg(a, 1))),
            unary("log", Math::log),
            unary("log1p", Math::log1p),
            unary("log10", Math::log10),
            unary("log2", x -> {
                double l = Math.log(x) / Math.log(2);
                double rounded = Math.rint(l);
                return Math.abs(l - rounded) < 1e-13 && Math.pow(2, rounded) == x ? rounded : l;
            }),
            method("max", 2, (r, t, a) -> minMax(r, a, true)),
            method("min", 2, (r, t, a) -> minMax(r, a, false)),
            method("pow", 2, (r, t, a) -> {
                double b = Conversions.toNumber(r, arg(a, 0));
                double e = Conversions.toNumber(r, arg(a, 1));
                return Conversions.number(Numerics.exponentiate(b, e));
            }),
            method("random", 0, (r, t, a) -> java.util.concurrent.ThreadLocalRandom.current().nextDouble()),
            unary("round", x -> {
                if (Double.isNaN(x) || Double.isInfinite(x) || x == Math.floor(x)) {
                    return x;
                }
                if (x < 0 && x >= -0.5) {
                    return -0.0;
                }
                // floor(x + 0.5) would round 0.49999999999999994 up: compare the exact fraction instead
                double f = Math.floor(x);
                return x - f >= 0.5 ? f + 1 : f;
            }),
            unary("sign", x -> Double.isNaN(x) || x == 0 ? x : Math.signum(x)),
            unary("sin", Math::sin),
            unary("sinh", Math::sinh),
            unary("sqrt", Math::sqrt),
            unary("tan", Math::tan),
            unary("tanh", Math::tanh),
            unary("trunc", x -> Double.isNaN(x) || Double.isInfinite(x) ? x : (x < 0 ? Math.ceil(x) : Math.floor(x))));
        Builtins.global(realm, "Math", math);
    }

    private static double asinh(double x) {
        if (x == 0 || Double.isInfinite(x)) {
            return x;
        }
        return Math.copySign(Math.log(Math.abs(x) + Math.sqrt(x * x + 1)), x);
    }

    private static Object minMax(Realm realm, Object[] args, boolean max) {
        double[] vals = new double[args.length];
        for (int i = 0; i < args.length; i++) {
            vals[i] = Conversions.toNumber(realm, args[i]);
        }
        double result = max ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        for (double v : vals) {
            if (Double.isNaN(v)) {
                return Double.NaN;
            }
            result = max ? Math.max(result, v) : Math.min(result, v);
        }
        return Conversions.number(result);
    }
}
