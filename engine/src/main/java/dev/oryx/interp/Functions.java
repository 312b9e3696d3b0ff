package dev.oryx.interp;

import dev.oryx.bytecode.FunctionCode;
import dev.oryx.object.JSObject;
import dev.oryx.object.Shape;
import dev.oryx.runtime.Cell;
import dev.oryx.runtime.Null;
import dev.oryx.runtime.Realm;

/**
 * Creating function objects for bytecode (OrdinaryFunctionCreate, SetFunctionLength,
 * SetFunctionName, MakeConstructor) with precomputed shapes, so a closure costs two
 * allocations; a constructor's prototype object is made when it is first read
 * ({@link #makePrototype}). Sloppy ordinary functions
 * also get the legacy "caller" in their shape, computed when read ({@link #legacyCaller}): its
 * slot is the fourth of the four every function object has, so it costs no allocation.
 */
public final class Functions {
    private Functions() {
    }

    /** Slots of the precomputed function shapes. */
    public static final int LENGTH_SLOT = 0;
    public static final int NAME_SLOT = 1;
    public static final int PROTOTYPE_SLOT = 2;
    public static final int CALLER_SLOT = 3;

    /** Builds the realm's function shapes once its Function.prototype and Object.prototype exist. */
    public static void initShapes(Realm realm) {
        Shape base = realm.functionPrototype.childRootShape()
            .addProperty("length", Shape.CONFIGURABLE)
            .addProperty("name", Shape.CONFIGURABLE);
        realm.functionShape = base;
        realm.constructorShape = base.addProperty("prototype", Shape.WRITABLE | Shape.LAZY);
        realm.classShape = base.addProperty("prototype", 0);
        realm.sloppyFunctionShape = realm.constructorShape.addProperty("caller", Shape.CONFIGURABLE | Shape.COMPUTED);
        realm.prototypeObjectShape = realm.objectPrototype.childRootShape().addProperty("constructor", Shape.WRITABLE | Shape.CONFIGURABLE);
    }

    /**
     * The object {@code f}'s own "prototype" holds while {@code f} has one of the precomputed
     * constructor shapes (the property is there at {@link #PROTOTYPE_SLOT}, a data property that
     * cannot be deleted or made an accessor), else null: then, or when it holds a primitive, the
     * caller asks [[Get]].
     */
    static JSObject ownPrototype(BytecodeFunction f) {
        Shape s = f.shape;
        Realm realm = f.realm;
        if (s == realm.constructorShape || s == realm.sloppyFunctionShape) {
            return f.slotValueAt(PROTOTYPE_SLOT) instanceof JSObject proto ? proto : null;
        }
        return null;
    }

    /**
     * MakeConstructor's prototype object of {@code f} (10.2.5 steps 5-6), made when {@code f}'s
     * lazy "prototype" is first read ({@link Shape#LAZY}): most closures are never constructed
     * and never asked for it. Nothing tells the object made now from one made with {@code f}.
     * {@code slot} is where "prototype" is now: deleting an earlier property moves it.
     */
    static JSObject makePrototype(BytecodeFunction f, int slot) {
        JSObject proto = new JSObject(f.realm.prototypeObjectShape);
        proto.slots[0] = f;
        f.slots[slot] = proto;
        return proto;
    }

    static BytecodeFunction create(Realm realm, FunctionCode code, Cell[] cells) {
        if ((code.flags & (FunctionCode.GENERATOR | FunctionCode.ASYNC)) != 0) {
            return createGeneratorOrAsync(realm, code, cells);
        }
        boolean constructor = code.is(FunctionCode.CONSTRUCTOR);
        boolean sloppy = code.isSloppyOrdinary();
        Shape shape = sloppy ? realm.sloppyFunctionShape : constructor ? realm.constructorShape : realm.functionShape;
        BytecodeFunction f = new BytecodeFunction(shape, realm, code, cells);
        Object[] slots = f.slots;
        slots[LENGTH_SLOT] = code.length;
        slots[NAME_SLOT] = code.name;
        if (sloppy) {
            slots[CALLER_SLOT] = Null.INSTANCE;
        }
        return f;
    }

    /**
     * The value of a sloppy ordinary function's own "caller", a legacy extension that ECMA-262
     * 17.1 permits as long as it never shows a strict function: the function that called the
     * innermost running activation of {@code f}, when that is a sloppy ordinary function, else
     * null. Script and eval code between them is skipped, as V8 does; natives have no frames, so
     * behind Function.prototype.call or Array.prototype.map the caller is the bytecode function
     * that called the native.
     */
    static Object legacyCaller(BytecodeFunction f) {
        java.util.List<BytecodeFunction> running = f.realm.stack.runningFunctions();
        int i = running.indexOf(f);
        if (i < 0) {
            return Null.INSTANCE;
        }
        for (i++; i < running.size() && running.get(i).code.is(FunctionCode.SCRIPT); i++) {
            // script code between them is skipped
        }
        return i < running.size() && running.get(i).code.isSloppyOrdinary() ? running.get(i) : Null.INSTANCE;
    }

    /**
     * Generator and async generator functions have a "prototype" object (without "constructor")
     * inheriting from %GeneratorPrototype% / %AsyncGeneratorPrototype%; async functions have none.
     */
    private static BytecodeFunction createGeneratorOrAsync(Realm realm, FunctionCode code, Cell[] cells) {
        boolean generator = code.is(FunctionCode.GENERATOR);
        boolean async = code.is(FunctionCode.ASYNC);
        Shape shape = !generator ? realm.asyncFunctionShape : async ? realm.asyncGeneratorFunctionShape : realm.generatorFunctionShape;
        BytecodeFunction f = new BytecodeFunction(shape, realm, code, cells);
        f.slots[LENGTH_SLOT] = code.length;
        f.slots[NAME_SLOT] = code.name;
        if (generator) {
            f.slots[PROTOTYPE_SLOT] = new JSObject((async ? realm.asyncGeneratorPrototype : realm.generatorPrototype).childRootShape());
        }
        return f;
    }

    /** The function of a module's code unit, closing over the module environment's cells. */
    public static BytecodeFunction createModuleFunction(Realm realm, FunctionCode code, Cell[] environment) {
        int[] caps = code.captures;
        Cell[] cells = new Cell[caps.length / 2];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = environment[caps[2 * i + 1]];
        }
        return create(realm, code, cells);
    }

    /** A class constructor F (15.7.14 steps 14-17) whose [[Prototype]] is {@code constructorParent}. */
    static BytecodeFunction createClassConstructor(Realm realm, FunctionCode code, Cell[] cells, JSObject constructorParent, JSObject proto, String name) {
        Shape shape = constructorParent == realm.functionPrototype ? realm.classShape
            : constructorParent.childRootShape().addProperty("length", Shape.CONFIGURABLE)
                .addProperty("name", Shape.CONFIGURABLE).addProperty("prototype", 0);
        BytecodeFunction f = new BytecodeFunction(shape, realm, code, cells);
        f.slots[LENGTH_SLOT] = code.length;
        f.slots[NAME_SLOT] = name;
        f.slots[PROTOTYPE_SLOT] = proto;
        return f;
    }
}
