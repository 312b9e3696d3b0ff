package dev.oryx.builtins;

import static dev.oryx.builtins.Builtins.arg;
import static dev.oryx.builtins.Builtins.method;

import dev.oryx.ast.Expression;
import dev.oryx.ast.FunctionNode;
import dev.oryx.ast.Program;
import dev.oryx.ast.Statement;
import dev.oryx.interp.BytecodeFunction;
import dev.oryx.object.BoundFunction;
import dev.oryx.object.JSFunction;
import dev.oryx.object.JSObject;
import dev.oryx.object.NativeFunction;
import dev.oryx.object.Shape;
import dev.oryx.parse.Parser;
import dev.oryx.parse.SyntaxErrorException;
import dev.oryx.runtime.Conversions;
import dev.oryx.runtime.Errors;
import dev.oryx.runtime.ObjectOperations;
import dev.oryx.runtime.Operators;
import dev.oryx.runtime.Realm;
import dev.oryx.runtime.Symbol;

/** The Function constructor and Function.prototype (20.2). */
public final class FunctionBuiltins {
    private FunctionBuiltins() {
    }

    static void install(Realm realm) {
        JSObject proto = realm.functionPrototype;
        NativeFunction ctor = Builtins.constructor(realm, "Function", 1, proto,
            (r, t, a, nt) -> createDynamicFunction(r, nt, a, "normal"));
        realm.intrinsics.put("Function", ctor);
        Builtins.install(realm, proto,
            method("apply", 2, (r, t, a) -> {
                JSFunction f = callable(r, t, "Function.prototype.apply");
                Object argArray = arg(a, 1);
                Object[] args = Conversions.isNullish(argArray) ? JSFunction.NO_ARGS : ObjectOperations.listFromArrayLike(r, argArray);
                return f.call(arg(a, 0), args);
            }),
            method("bind", 1, FunctionBuiltins::bind),
            method("call", 1, (r, t, a) -> {
                JSFunction f = callable(r, t, "Function.prototype.call");
                Object[] rest = a.length <= 1 ? JSFunction.NO_ARGS : java.util.Arrays.copyOfRange(a, 1, a.length);
                return f.call(arg(a, 0), rest);
            }),
            method("toString", 0, FunctionBuiltins::toStringMethod),
            new Builtins.Entry(Builtins.Kind.METHOD, Symbol.HAS_INSTANCE, "[Symbol.hasInstance]", 1,
                (r, t, a) -> Operators.ordinaryHasInstance(r, t, arg(a, 0)), null, null, 0));
        proto.defineAccessor("caller", realm.throwTypeError, realm.throwTypeError, Shape.CONFIGURABLE);
        proto.defineAccessor("arguments", realm.throwTypeError, realm.throwTypeError, Shape.CONFIGURABLE);
        Builtins.global(realm, "Function", ctor);
    }

    private static JSFunction callable(Realm realm, Object t, String what) {
        if (t instanceof JSFunction f) {
            return f;
        }
        throw Errors.typeError(realm, what + " was called on " + Conversions.toDisplayString(t) + ", which is not a function");
    }

    private static Object bind(Realm realm, Object thisValue, Object[] args) {
        JSFunction target = callable(realm, thisValue, "Bind");
        Object[] boundArgs = args.length <= 1 ? JSFunction.NO_ARGS : java.util.Arrays.copyOfRange(args, 1, args.length);
        JSObject proto = target.getPrototypeOf(realm);
        Shape shape = proto == null ? realm.nullProtoRoot : proto.childRootShape();
        BoundFunction f = new BoundFunction(shape, realm, target, arg(args, 0), boundArgs);
        double length = 0;
        if (ObjectOperations.hasOwnProperty(realm, target, "length")) {
            Object len = target.get(realm, "length", target);
            if (Conversions.isNumber(len)) {
                double l = Conversions.numberValue(len);
                if (l == Double.POSITIVE_INFINITY) {
                    length = l;
                } else if (l != Double.NEGATIVE_INFINITY) {
                    length = Math.max(0, Conversions.integerOrInfinity(l) - boundArgs.length);
                }
            }
        }
        f.defineOwn("length", Conversions.number(length), Shape.CONFIGURABLE);
        Object name = target.get(realm, "name", target);
        f.defineOwn("name", "bound " + (dev.oryx.string.ConsString.flatIfRope(name) instanceof String s ? s : ""), Shape.CONFIGURABLE);
        return f;
    }

    /** Function.prototype.toString (20.2.3.5) */
    static Object toStringMethod(Realm realm, Object thisValue, Object[] args) {
        if (thisValue instanceof BytecodeFunction f) {
            String text = f.code.sourceText();
            if (text != null) {
                return text;
            }
        }
        if (thisValue instanceof JSFunction f) {
            Object name = f.getOwnDataValue("name");
            return "function " + (dev.oryx.string.ConsString.flatIfRope(name) instanceof String s ? s : "") + "() { [native code] }";
        }
        throw Errors.typeError(realm, "Function.prototype.toString requires that 'this' be a Function");
    }

    /**
     * CreateDynamicFunction (20.2.1.1.1): parameters and body are checked on their own first, so
     * that text in one cannot close the other; then the assembled source is compiled in the global scope.
     */
    public static Object createDynamicFunction(Realm realm, Object newTarget, Object[] args, String kind) {
        int argCount = args.length;
        StringBuilder params = new StringBuilder();
        for (int i = 0; i < argCount - 1; i++) {
            if (i > 0) {
                params.append(',');
            }
            params.append(Conversions.toString(realm, args[i]));
        }
        String body = argCount == 0 ? "" : Conversions.toString(realm, args[argCount - 1]);
        String prefix = switch (kind) {
            case "generator" -> "function*";
            case "async" -> "async function";
            case "asyncGenerator" -> "async function*";
            default -> "function";
        };
        String p = params.toString();
        String source = prefix + " anonymous(" + p + "\n) {\n" + body + "\n}";
        checkSeparately(realm, prefix, p, body);
        Program program;
        try {
            program = Parser.parseScript("(" + source + ")", "anonymous");
        } catch (SyntaxErrorException e) {
            throw Errors.syntaxError(realm, e.getMessage());
        }
        Object fn = realm.evaluator.evaluate(realm, "(" + source + ")", false, false);
        String constructorName = switch (kind) {
            case "generator" -> "GeneratorFunction";
            case "async" -> "AsyncFunction";
            case "asyncGenerator" -> "AsyncGeneratorFunction";
            default -> "Function";
        };
        if (newTarget instanceof JSObject nt && fn instanceof JSObject f && newTarget != realm.intrinsic(constructorName)) {
            JSObject proto = ObjectOperations.prototypeFromConstructor(realm, nt, constructorName + "Prototype");
            f.setPrototypeOf(realm, proto);
        }
        if (program.body().isEmpty()) {
            throw Errors.syntaxError(realm, "Invalid function source");
        }
        return fn;
    }

    private static void checkSeparately(Realm realm, String prefix, String params, String body) {
        String bodyProbe = "(" + prefix + " anonymous(\n) {\n" + body + "\n})";
        String paramsProbe = "(" + prefix + " anonymous(" + params + "\n) {\n})";
        check(realm, bodyProbe);
        check(realm, paramsProbe);
    }

    private static void check(Realm realm, String source) {
        Program program;
        try {
            program = Parser.parseScript(source, "anonymous");
        } catch (SyntaxErrorException e) {
            throw Errors.syntaxError(realm, e.getMessage());
        }
        if (program.body().size() != 1 || !(program.body().get(0) instanceof Statement.ExpressionStatement es)
            || !(es.expression() instanceof Expression.Parenthesized par)
            || !(par.expression() instanceof Expression.FunctionExpression fe)
            || fe.function().span().end() != source.length() - 1) {
            throw Errors.syntaxError(realm, "Invalid function parameters or body");
        }
        FunctionNode fn = fe.function();
        if (fn.span().start() != 1) {
            throw Errors.syntaxError(realm, "Invalid function parameters or body");
        }
    }
}
