package dev.oryx.interp;

import dev.oryx.bytecode.FunctionCode;
import dev.oryx.object.JSObject;
import dev.oryx.object.Shape;
import dev.oryx.runtime.Cell;
import dev.oryx.runtime.Realm;

/**
 * Creating function objects for bytecode (OrdinaryFunctionCreate, SetFunctionLength,
 * SetFunctionName, MakeConstructor) with precomputed shapes, so a closure costs two
 * allocations (three for constructors, with their prototype object).
 */
public final class Functions {
    private Functions() {
    }

    /** Slots of the precomputed function shapes. */
    public static final int LENGTH_SLOT = 0;
    public static final int NAME_SLOT = 1;
    public static final int PROTOTYPE_SLOT = 2;

    /** Builds the realm's function shapes once its Function.prototype and Object.prototype exist. */
    public static void initShapes(Realm realm) {
        Shape base = realm.functionPrototype.childRootShape()
            .addProperty("length", Shape.CONFIGURABLE)
            .addProperty("name", Shape.CONFIGURABLE);
        realm.functionShape = base;
        realm.constructorShape = base.addProperty("prototype", Shape.WRITABLE);
        realm.classShape = base.addProperty("prototype", 0);
        realm.prototypeObjectShape = realm.objectPrototype.childRootShape().addProperty("constructor", Shape.WRITABLE | Shape.CONFIGURABLE);
    }

    static BytecodeFunction create(Realm realm, FunctionCode code, Cell[] cells) {
        if ((code.flags & (FunctionCode.GENERATOR | FunctionCode.ASYNC)) != 0) {
            return createGeneratorOrAsync(realm, code, cells);
        }
        boolean constructor = code.is(FunctionCode.CONSTRUCTOR);
        BytecodeFunction f = new BytecodeFunction(constructor ? realm.constructorShape : realm.functionShape, realm, code, cells);
        Object[] slots = f.slots;
        slots[LENGTH_SLOT] = code.length;
        slots[NAME_SLOT] = code.name;
        if (constructor) {
            JSObject proto = new JSObject(realm.prototypeObjectShape);
            proto.slots[0] = f;
            slots[PROTOTYPE_SLOT] = proto;
        }
        return f;
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
