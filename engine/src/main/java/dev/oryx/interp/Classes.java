package dev.oryx.interp;

import dev.oryx.bytecode.ClassDescriptor;
import dev.oryx.bytecode.FunctionCode;
import dev.oryx.object.JSFunction;
import dev.oryx.object.JSObject;
import dev.oryx.object.Shape;
import dev.oryx.runtime.Cell;
import dev.oryx.runtime.Conversions;
import dev.oryx.runtime.Errors;
import dev.oryx.runtime.Null;
import dev.oryx.runtime.ObjectOperations;
import dev.oryx.runtime.Realm;
import dev.oryx.runtime.Uninitialized;

/** Class definition and construction (15.7.14, 10.2.2, default constructors, super calls). */
final class Classes {
    private Classes() {
    }

    /** CREATE_CLASS: the constructor into regs[ctorReg], the prototype into regs[protoReg]. */
    static void create(Realm realm, Frame frame, int ctorReg, int protoReg, Object heritage, ClassDescriptor d) {
        JSObject protoParent = realm.objectPrototype;
        JSObject constructorParent = realm.functionPrototype;
        if (heritage != Uninitialized.INSTANCE) {
            if (heritage == Null.INSTANCE) {
                protoParent = null;
            } else if (!(heritage instanceof JSFunction h) || !h.isConstructor()) {
                throw Errors.typeError(realm, "Class extends value " + Conversions.toDisplayString(heritage) + " is not a constructor or null");
            } else {
                Object pp = h.get(realm, "prototype", h);
                if (pp == Null.INSTANCE) {
                    protoParent = null;
                } else if (pp instanceof JSObject p) {
                    protoParent = p;
                } else {
                    throw Errors.typeError(realm, "Class extends value does not have valid prototype property " + Conversions.toDisplayString(pp));
                }
                constructorParent = h;
            }
        }
        JSObject proto = realm.newObject(protoParent);
        FunctionCode code = d.constructor();
        int[] caps = code.captures;
        Cell[] cells = new Cell[caps.length / 2];
        for (int i = 0; i < cells.length; i++) {
            int idx = caps[2 * i + 1];
            cells[i] = caps[2 * i] == 0 ? (Cell) frame.regs[idx] : frame.function.captures[idx];
        }
        BytecodeFunction f = Functions.createClassConstructor(realm, code, cells, constructorParent, proto, d.name());
        f.dynamicScope = frame.with;
        f.homeObject = proto;
        f.defaultConstructor = d.defaultConstructor();
        proto.defineOwn("constructor", f, Shape.WRITABLE | Shape.CONFIGURABLE);
        frame.regs[ctorReg] = f;
        frame.regs[protoReg] = proto;
    }

    /** The behaviour of a class without a constructor method (15.7.14 step 14.a). */
    static Object defaultConstruct(BytecodeFunction f, Object[] args, JSObject newTarget) {
        Realm realm = f.realm;
        JSObject result;
        if (f.code.is(FunctionCode.DERIVED)) {
            JSObject parent = f.getPrototypeOf(realm);
            if (!(parent instanceof JSFunction pf) || !pf.isConstructor()) {
                throw Errors.typeError(realm, "Super constructor " + Conversions.toDisplayString(parent == null ? Null.INSTANCE : parent) + " of anonymous class is not a constructor");
            }
            Object r = pf.construct(args, newTarget);
            result = (JSObject) r;
        } else {
            JSObject proto = ObjectOperations.prototypeFromConstructor(realm, newTarget, "ObjectPrototype");
            result = new JSObject(proto.childRootShape());
        }
        initializeInstanceElements(result, f);
        return result;
    }

    /** super(...args): Construct(superConstructor, args, newTarget). */
    static Object superCall(Realm realm, Object superConstructor, Object newTarget, Object[] args) {
        if (!(superConstructor instanceof JSFunction f) || !f.isConstructor()) {
            throw Errors.typeError(realm, "Super constructor " + Conversions.toDisplayString(superConstructor) + " of anonymous class is not a constructor");
        }
        return f.construct(args, (JSObject) newTarget);
    }

    /** InitializeInstanceElements (7.3.34): private methods, then fields, of constructor {@code f}. */
    static void initializeInstanceElements(Object o, BytecodeFunction f) {
        if (f.fieldInit != null) {
            f.fieldInit.call(o, new Object[] {f.fieldInitArgument});
        }
    }
}
