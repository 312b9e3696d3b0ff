package dev.oryx.bytecode;

/**
 * The one opcode table. Each opcode lists its operands (register, constant, immediate,
 * jump target, inline-cache slot, upvalue) and its effect; the compiler's emitter, the
 * {@link Disassembler} and the interpreter's {@code switch} all derive from it. An instruction is
 * the opcode's ordinal followed by one int per operand in {@code int[]} code.
 */
public enum Opcode {
    /** nothing */
    NOP("nothing"),
    /** R[a] := undefined */
    LOAD_UNDEFINED("R[a] := undefined", OperandKind.REG),
    /** R[a] := null */
    LOAD_NULL("R[a] := null", OperandKind.REG),
    /** R[a] := true */
    LOAD_TRUE("R[a] := true", OperandKind.REG),
    /** R[a] := false */
    LOAD_FALSE("R[a] := false", OperandKind.REG),
    /** R[a] := #b (an int32) */
    LOAD_INT("R[a] := #b (an int32)", OperandKind.REG, OperandKind.INT),
    /** R[a] := K[b] */
    LOAD_CONST("R[a] := K[b]", OperandKind.REG, OperandKind.CONST),
    /** R[a] := &lt;uninitialized&gt; (start of a TDZ) */
    LOAD_HOLE("R[a] := <uninitialized> (start of a TDZ)", OperandKind.REG),
    /** R[a] := R[b] */
    MOVE("R[a] := R[b]", OperandKind.REG, OperandKind.REG),
    /** throw ReferenceError if R[a] is uninitialized (K[b] is the name) */
    CHECK_TDZ("throw ReferenceError if R[a] is uninitialized (K[b] is the name)", OperandKind.REG, OperandKind.CONST),
    /** throw TypeError: assignment to constant K[a] */
    THROW_CONST_ASSIGN("throw TypeError: assignment to constant K[a]", OperandKind.CONST),
    /** R[a] := new Cell(&lt;uninitialized&gt;) */
    NEW_CELL("R[a] := new Cell(<uninitialized>)", OperandKind.REG),
    /** R[a] := new Cell(R[b]) */
    NEW_CELL_WITH("R[a] := new Cell(R[b])", OperandKind.REG, OperandKind.REG),
    /** R[a] := new Cell(R[a].value) (per-iteration binding copy) */
    COPY_CELL("R[a] := new Cell(R[a].value) (per-iteration binding copy)", OperandKind.REG),
    /** R[a] := R[b].value */
    GET_CELL("R[a] := R[b].value", OperandKind.REG, OperandKind.REG),
    /** R[a] := R[b].value, ReferenceError if uninitialized (name K[c]) */
    GET_CELL_CHECKED("R[a] := R[b].value, ReferenceError if uninitialized (name K[c])", OperandKind.REG, OperandKind.REG, OperandKind.CONST),
    /** R[a].value := R[b] */
    SET_CELL("R[a].value := R[b]", OperandKind.REG, OperandKind.REG),
    /** R[a] := U[b].value */
    GET_UPVAL("R[a] := U[b].value", OperandKind.REG, OperandKind.UPVAL),
    /** R[a] := U[b].value, ReferenceError if uninitialized (name K[c]) */
    GET_UPVAL_CHECKED("R[a] := U[b].value, ReferenceError if uninitialized (name K[c])", OperandKind.REG, OperandKind.UPVAL, OperandKind.CONST),
    /** U[a].value := R[b] */
    SET_UPVAL("U[a].value := R[b]", OperandKind.UPVAL, OperandKind.REG),
    /** ReferenceError if U[a].value is uninitialized (name K[b]) */
    CHECK_UPVAL_TDZ("ReferenceError if U[a].value is uninitialized (name K[b])", OperandKind.UPVAL, OperandKind.CONST),
    /** ReferenceError if R[a].value is uninitialized (name K[b]) */
    CHECK_CELL_TDZ("ReferenceError if R[a].value is uninitialized (name K[b])", OperandKind.REG, OperandKind.CONST),
    /** R[a] := new function from FunctionCode K[b], capturing cells as K[b] describes */
    CLOSURE("R[a] := new function from FunctionCode K[b], capturing cells as K[b] describes", OperandKind.REG, OperandKind.CONST),
    /** R[a] := global binding K[b] (ReferenceError if missing) */
    GET_GLOBAL("R[a] := global binding K[b] (ReferenceError if missing)", OperandKind.REG, OperandKind.CONST, OperandKind.CACHE),
    /** R[a] := typeof global binding K[b] (undefined if missing) */
    TYPEOF_GLOBAL("R[a] := typeof global binding K[b] (undefined if missing)", OperandKind.REG, OperandKind.CONST),
    /** global binding K[a] := R[b] (strict: ReferenceError if missing) */
    SET_GLOBAL("global binding K[a] := R[b] (strict: ReferenceError if missing)", OperandKind.CONST, OperandKind.REG, OperandKind.CACHE),
    /** R[a] := delete global binding K[b] (sloppy delete x) */
    DELETE_GLOBAL("R[a] := delete global binding K[b] (sloppy delete x)", OperandKind.REG, OperandKind.CONST),
    /** R[a] := this value of the frame */
    LOAD_THIS("R[a] := this value of the frame", OperandKind.REG),
    /** R[a] := new.target of the frame */
    LOAD_NEW_TARGET("R[a] := new.target of the frame", OperandKind.REG),
    /** R[a] := the running function object */
    LOAD_CALLEE("R[a] := the running function object", OperandKind.REG),
    /** R[a] := [[HomeObject]] of the running function */
    LOAD_HOME("R[a] := [[HomeObject]] of the running function", OperandKind.REG),
    /** R[a] := arguments object (#b: 1 mapped, 0 unmapped) */
    CREATE_ARGUMENTS("R[a] := arguments object (#b: 1 mapped, 0 unmapped)", OperandKind.REG, OperandKind.INT),
    /** R[a] := array of the arguments from index #b */
    CREATE_REST("R[a] := array of the arguments from index #b", OperandKind.REG, OperandKind.INT),
    /** R[a] := R[b] + R[c] */
    ADD("R[a] := R[b] + R[c]", OperandKind.REG, OperandKind.REG, OperandKind.REG),
    /** R[a] := R[b] - R[c] */
    SUB("R[a] := R[b] - R[c]", OperandKind.REG, OperandKind.REG, OperandKind.REG),
    /** R[a] := R[b] * R[c] */
    MUL("R[a] := R[b] * R[c]", OperandKind.REG, OperandKind.REG, OperandKind.REG),
    /** R[a] := R[b] / R[c] */
    DIV("R[a] := R[b] / R[c]", OperandKind.REG, OperandKind.REG, OperandKind.REG),
    /** R[a] := R[b] % R[c] */
    MOD("R[a] := R[b] % R[c]", OperandKind.REG, OperandKind.REG, OperandKind.REG),
    /** R[a] := R[b] ** R[c] */
    EXP("R[a] := R[b] ** R[c]", OperandKind.REG, OperandKind.REG, OperandKind.REG),
    /** R[a] := R[b] & R[c] */
    BIT_AND("R[a] := R[b] & R[c]", OperandKind.REG, OperandKind.REG, OperandKind.REG),
    /** R[a] := R[b] | R[c] */
    BIT_OR("R[a] := R[b] | R[c]", OperandKind.REG, OperandKind.REG, OperandKind.REG),
    /** R[a] := R[b] ^ R[c] */
    BIT_XOR("R[a] := R[b] ^ R[c]", OperandKind.REG, OperandKind.REG, OperandKind.REG),
    /** R[a] := R[b] &lt;&lt; R[c] */
    SHL("R[a] := R[b] << R[c]", OperandKind.REG, OperandKind.REG, OperandKind.REG),
    /** R[a] := R[b] &gt;&gt; R[c] */
    SAR("R[a] := R[b] >> R[c]", OperandKind.REG, OperandKind.REG, OperandKind.REG),
    /** R[a] := R[b] &gt;&gt;&gt; R[c] */
    SHR("R[a] := R[b] >>> R[c]", OperandKind.REG, OperandKind.REG, OperandKind.REG),
    /** R[a] := R[b] + #c */
    ADD_INT("R[a] := R[b] + #c", OperandKind.REG, OperandKind.REG, OperandKind.INT),
    /** R[a] := R[b] == R[c] */
    EQ("R[a] := R[b] == R[c]", OperandKind.REG, OperandKind.REG, OperandKind.REG),
    /** R[a] := R[b] != R[c] */
    NE("R[a] := R[b] != R[c]", OperandKind.REG, OperandKind.REG, OperandKind.REG),
    /** R[a] := R[b] === R[c] */
    STRICT_EQ("R[a] := R[b] === R[c]", OperandKind.REG, OperandKind.REG, OperandKind.REG),
    /** R[a] := R[b] !== R[c] */
    STRICT_NE("R[a] := R[b] !== R[c]", OperandKind.REG, OperandKind.REG, OperandKind.REG),
    /** R[a] := R[b] &lt; R[c] */
    LT("R[a] := R[b] < R[c]", OperandKind.REG, OperandKind.REG, OperandKind.REG),
    /** R[a] := R[b] &gt; R[c] */
    GT("R[a] := R[b] > R[c]", OperandKind.REG, OperandKind.REG, OperandKind.REG),
    /** R[a] := R[b] &lt;= R[c] */
    LE("R[a] := R[b] <= R[c]", OperandKind.REG, OperandKind.REG, OperandKind.REG),
    /** R[a] := R[b] &gt;= R[c] */
    GE("R[a] := R[b] >= R[c]", OperandKind.REG, OperandKind.REG, OperandKind.REG),
    /** R[a] := R[b] instanceof R[c] */
    INSTANCEOF("R[a] := R[b] instanceof R[c]", OperandKind.REG, OperandKind.REG, OperandKind.REG),
    /** R[a] := R[b] in R[c] */
    IN("R[a] := R[b] in R[c]", OperandKind.REG, OperandKind.REG, OperandKind.REG),
    /** R[a] := -R[b] */
    NEG("R[a] := -R[b]", OperandKind.REG, OperandKind.REG),
    /** R[a] := +R[b] (ToNumber) */
    TO_NUMBER("R[a] := +R[b] (ToNumber)", OperandKind.REG, OperandKind.REG),
    /** R[a] := ToNumeric(R[b]) */
    TO_NUMERIC("R[a] := ToNumeric(R[b])", OperandKind.REG, OperandKind.REG),
    /** R[a] := ~R[b] */
    BIT_NOT("R[a] := ~R[b]", OperandKind.REG, OperandKind.REG),
    /** R[a] := !R[b] */
    NOT("R[a] := !R[b]", OperandKind.REG, OperandKind.REG),
    /** R[a] := typeof R[b] */
    TYPEOF("R[a] := typeof R[b]", OperandKind.REG, OperandKind.REG),
    /** R[a] := ToNumeric(R[b]) + 1 */
    INC("R[a] := ToNumeric(R[b]) + 1", OperandKind.REG, OperandKind.REG),
    /** R[a] := ToNumeric(R[b]) - 1 */
    DEC("R[a] := ToNumeric(R[b]) - 1", OperandKind.REG, OperandKind.REG),
    /** R[a] := ToString(R[b]) */
    TO_STRING("R[a] := ToString(R[b])", OperandKind.REG, OperandKind.REG),
    /** R[a] := ToPropertyKey(R[b]) */
    TO_PROPERTY_KEY("R[a] := ToPropertyKey(R[b])", OperandKind.REG, OperandKind.REG),
    /** R[a] := ToObject(R[b]) */
    TO_OBJECT("R[a] := ToObject(R[b])", OperandKind.REG, OperandKind.REG),
    /** pc := a */
    JUMP("pc := a", OperandKind.JUMP),
    /** if ToBoolean(R[a]) pc := b */
    JUMP_IF_TRUE("if ToBoolean(R[a]) pc := b", OperandKind.REG, OperandKind.JUMP),
    /** if !ToBoolean(R[a]) pc := b */
    JUMP_IF_FALSE("if !ToBoolean(R[a]) pc := b", OperandKind.REG, OperandKind.JUMP),
    /** if R[a] is null or undefined pc := b */
    JUMP_IF_NULLISH("if R[a] is null or undefined pc := b", OperandKind.REG, OperandKind.JUMP),
    /** if R[a] is neither null nor undefined pc := b */
    JUMP_IF_NOT_NULLISH("if R[a] is neither null nor undefined pc := b", OperandKind.REG, OperandKind.JUMP),
    /** if R[a] is undefined pc := b */
    JUMP_IF_UNDEFINED("if R[a] is undefined pc := b", OperandKind.REG, OperandKind.JUMP),
    /** if R[a] is not undefined pc := b */
    JUMP_IF_NOT_UNDEFINED("if R[a] is not undefined pc := b", OperandKind.REG, OperandKind.JUMP),
    /** if R[a] &lt; R[b] pc := c */
    JUMP_IF_LT("if R[a] < R[b] pc := c", OperandKind.REG, OperandKind.REG, OperandKind.JUMP),
    /** if !(R[a] &lt; R[b]) pc := c */
    JUMP_IF_GE("if !(R[a] < R[b]) pc := c", OperandKind.REG, OperandKind.REG, OperandKind.JUMP),
    /** R[a] := R[b][K[c]] */
    GET_PROP("R[a] := R[b][K[c]]", OperandKind.REG, OperandKind.REG, OperandKind.CONST, OperandKind.CACHE),
    /** R[a][K[b]] := R[c] */
    SET_PROP("R[a][K[b]] := R[c]", OperandKind.REG, OperandKind.CONST, OperandKind.REG, OperandKind.CACHE),
    /** R[a] := R[b][R[c]] */
    GET_ELEM("R[a] := R[b][R[c]]", OperandKind.REG, OperandKind.REG, OperandKind.REG),
    /** R[a][R[b]] := R[c] */
    SET_ELEM("R[a][R[b]] := R[c]", OperandKind.REG, OperandKind.REG, OperandKind.REG),
    /** R[a] := delete R[b][K[c]] */
    DELETE_PROP("R[a] := delete R[b][K[c]]", OperandKind.REG, OperandKind.REG, OperandKind.CONST),
    /** R[a] := delete R[b][R[c]] */
    DELETE_ELEM("R[a] := delete R[b][R[c]]", OperandKind.REG, OperandKind.REG, OperandKind.REG),
    /** R[a] := super[R[c]] with home object R[b] and this R[d] */
    GET_SUPER("R[a] := super[R[c]] with home object R[b] and this R[d]", OperandKind.REG, OperandKind.REG, OperandKind.REG, OperandKind.REG),
    /** super[R[b]] := R[c] with home object R[a] and this R[d] */
    SET_SUPER("super[R[b]] := R[c] with home object R[a] and this R[d]", OperandKind.REG, OperandKind.REG, OperandKind.REG, OperandKind.REG),
    /** R[a] := R[b].#R[c] */
    GET_PRIVATE("R[a] := R[b].#R[c]", OperandKind.REG, OperandKind.REG, OperandKind.REG),
    /** R[a].#R[b] := R[c] */
    SET_PRIVATE("R[a].#R[b] := R[c]", OperandKind.REG, OperandKind.REG, OperandKind.REG),
    /** add private field #R[b] := R[c] to R[a] */
    DEFINE_PRIVATE("add private field #R[b] := R[c] to R[a]", OperandKind.REG, OperandKind.REG, OperandKind.REG),
    /** R[a] := #R[b] in R[c] */
    PRIVATE_IN("R[a] := #R[b] in R[c]", OperandKind.REG, OperandKind.REG, OperandKind.REG),
    /** R[a] := a new Private Name described by K[b] */
    NEW_PRIVATE_NAME("R[a] := a new Private Name described by K[b]", OperandKind.REG, OperandKind.CONST),
    /** R[a] := {} with room for #b named properties */
    NEW_OBJECT("R[a] := {} with room for #b named properties", OperandKind.REG, OperandKind.INT),
    /** R[a] := [] with room for #b elements */
    NEW_ARRAY("R[a] := [] with room for #b elements", OperandKind.REG, OperandKind.INT),
    /** append R[b] to array R[a] */
    ARRAY_PUSH("append R[b] to array R[a]", OperandKind.REG, OperandKind.REG),
    /** append a hole to array R[a] */
    ARRAY_PUSH_HOLE("append a hole to array R[a]", OperandKind.REG),
    /** append the elements of iterable R[b] to array R[a] */
    ARRAY_SPREAD("append the elements of iterable R[b] to array R[a]", OperandKind.REG, OperandKind.REG),
    /** CreateDataPropertyOrThrow(R[a], R[b], R[c]) */
    DEFINE_FIELD("CreateDataPropertyOrThrow(R[a], R[b], R[c])", OperandKind.REG, OperandKind.REG, OperandKind.REG),
    /** CreateDataPropertyOrThrow(R[a], K[b], R[c]) */
    DEFINE_NAMED("CreateDataPropertyOrThrow(R[a], K[b], R[c]), inline cache d", OperandKind.REG, OperandKind.CONST, OperandKind.REG,
        OperandKind.CACHE),
    /** define method R[c] on R[a] under key R[b]; #d: 1 getter, 2 setter, 4 enumerable, 8 set home object */
    DEFINE_METHOD("define method R[c] on R[a] under key R[b]; #d: 1 getter, 2 setter, 4 enumerable, 8 set home object", OperandKind.REG, OperandKind.REG, OperandKind.REG, OperandKind.INT),
    /** SetFunctionName(R[a], R[b], #c: 0 none, 1 get, 2 set) */
    SET_FUNCTION_NAME("SetFunctionName(R[a], R[b], #c: 0 none, 1 get, 2 set)", OperandKind.REG, OperandKind.REG, OperandKind.INT),
    /** R[a].[[HomeObject]] := R[b] */
    SET_HOME("R[a].[[HomeObject]] := R[b]", OperandKind.REG, OperandKind.REG),
    /** copy own enumerable properties of R[b] to R[a] except the keys in array R[c] (or none if R[c] undefined) */
    COPY_DATA_PROPERTIES("copy own enumerable properties of R[b] to R[a] except the keys in array R[c] (or none if R[c] undefined)", OperandKind.REG, OperandKind.REG, OperandKind.REG),
    /** R[a].[[Prototype]] := R[b] if R[b] is an object or null (__proto__: in literals) */
    OBJECT_SET_PROTO("R[a].[[Prototype]] := R[b] if R[b] is an object or null (__proto__: in literals)", OperandKind.REG, OperandKind.REG),
    /** R[a] := the template object of site K[b] */
    TEMPLATE_OBJECT("R[a] := the template object of site K[b]", OperandKind.REG, OperandKind.CONST),
    /** R[a] := R[b].call(this R[c], R[d] .. R[d+#e-1]) */
    CALL("R[a] := R[b].call(this R[c], R[d] .. R[d+#e-1])", OperandKind.REG, OperandKind.REG, OperandKind.REG, OperandKind.REG, OperandKind.INT),
    /** R[a] := R[b].call(this R[c], ...array R[d]) */
    CALL_SPREAD("R[a] := R[b].call(this R[c], ...array R[d])", OperandKind.REG, OperandKind.REG, OperandKind.REG, OperandKind.REG),
    /** R[a] := new R[b](R[c] .. R[c+#d-1]) */
    NEW("R[a] := new R[b](R[c] .. R[c+#d-1])", OperandKind.REG, OperandKind.REG, OperandKind.REG, OperandKind.INT),
    /** R[a] := new R[b](...array R[c]) */
    NEW_SPREAD("R[a] := new R[b](...array R[c])", OperandKind.REG, OperandKind.REG, OperandKind.REG),
    /** R[a] := Construct(super constructor R[b], R[d] .. R[d+#e-1], new.target R[c]) */
    SUPER_CALL("R[a] := Construct(super constructor R[b], R[d] .. R[d+#e-1], new.target R[c])", OperandKind.REG, OperandKind.REG, OperandKind.REG, OperandKind.REG, OperandKind.INT),
    /** R[a] := Construct(super constructor R[b], ...array R[d], new.target R[c]) */
    SUPER_CALL_SPREAD("R[a] := Construct(super constructor R[b], ...array R[d], new.target R[c])", OperandKind.REG, OperandKind.REG, OperandKind.REG, OperandKind.REG),
    /** R[a] := direct eval: callee R[b], args R[c] .. R[c+#d-1], scope K[e] */
    CALL_EVAL("R[a] := direct eval: callee R[b], args R[c] .. R[c+#d-1], scope K[e]", OperandKind.REG, OperandKind.REG, OperandKind.REG, OperandKind.INT, OperandKind.CONST),
    /** return R[a] */
    RETURN("return R[a]", OperandKind.REG),
    /** return undefined */
    RETURN_UNDEFINED("return undefined"),
    /** throw R[a] */
    THROW("throw R[a]", OperandKind.REG),
    /** throw a new error of kind #a (0 TypeError, 1 ReferenceError, 2 SyntaxError, 3 RangeError) with message K[b] */
    THROW_ERROR("throw a new error of kind #a (0 TypeError, 1 ReferenceError, 2 SyntaxError, 3 RangeError) with message K[b]", OperandKind.INT, OperandKind.CONST),
    /** R[a], R[b] := GetIterator(R[c], sync): iterator and its next method */
    GET_ITERATOR("R[a], R[b] := GetIterator(R[c], sync): iterator and its next method", OperandKind.REG, OperandKind.REG, OperandKind.REG),
    /** R[a], R[b] := GetIterator(R[c], async) */
    GET_ASYNC_ITERATOR("R[a], R[b] := GetIterator(R[c], async)", OperandKind.REG, OperandKind.REG, OperandKind.REG),
    /** R[a] := next value of iterator R[b] (next method R[c]); pc := d when done */
    ITER_NEXT("R[a] := next value of iterator R[b] (next method R[c]); pc := d when done", OperandKind.REG, OperandKind.REG, OperandKind.REG, OperandKind.JUMP),
    /** IteratorClose(R[a]) for a normal completion */
    ITER_CLOSE("IteratorClose(R[a]) for a normal completion", OperandKind.REG),
    /** IteratorClose(R[a]) for a throw completion: errors from return() are ignored */
    ITER_CLOSE_QUIET("IteratorClose(R[a]) for a throw completion: errors from return() are ignored", OperandKind.REG),
    /** R[a] := for-in key iterator over R[b] */
    FOR_IN_START("R[a] := for-in key iterator over R[b]", OperandKind.REG, OperandKind.REG),
    /** R[a] := next key of for-in iterator R[b]; pc := c when done */
    FOR_IN_NEXT("R[a] := next key of for-in iterator R[b]; pc := c when done", OperandKind.REG, OperandKind.REG, OperandKind.JUMP),
    /** R[a] := class constructor from K[d] with heritage R[c] (hole: none); R[b] := its prototype */
    CREATE_CLASS("R[a] := class constructor from K[d] with heritage R[c] (hole: none); R[b] := its prototype", OperandKind.REG, OperandKind.REG, OperandKind.REG, OperandKind.CONST),
    /** R[a].[[Fields]] := initializer function R[b] called with the array R[c] (computed keys, private methods) */
    INIT_CLASS_FIELDS("R[a].[[Fields]] := initializer function R[b] called with the array R[c] (computed keys, private methods)", OperandKind.REG, OperandKind.REG, OperandKind.REG),
    /** run the field initializer of class constructor R[b] on the object R[a] */
    RUN_FIELD_INIT("run the field initializer of class constructor R[b] on the object R[a]", OperandKind.REG, OperandKind.REG),
    /** debugger statement (no effect) */
    DEBUGGER("debugger statement (no effect)"),
    /** enter a with block whose object is ToObject(R[a]) */
    PUSH_WITH("enter a with block whose object is ToObject(R[a])", OperandKind.REG),
    /** leave the innermost with block */
    POP_SCOPE("leave the innermost with block"),
    /** R[a] := binding K[b] found through with/eval scopes; pc := c when not found there */
    GET_NAME("R[a] := binding K[b] found through with/eval scopes; pc := c when not found there", OperandKind.REG, OperandKind.CONST, OperandKind.JUMP),
    /** like GET_NAME, also R[b] := the this value for a call (the with object) */
    GET_NAME_THIS("like GET_NAME, also R[b] := the this value for a call (the with object)", OperandKind.REG, OperandKind.REG, OperandKind.CONST, OperandKind.JUMP),
    /** binding K[a] := R[b] through with/eval scopes; pc := c when not found there */
    SET_NAME("binding K[a] := R[b] through with/eval scopes; pc := c when not found there", OperandKind.CONST, OperandKind.REG, OperandKind.JUMP),
    /** R[a] := typeof binding K[b] through with/eval scopes; pc := c when not found */
    TYPEOF_NAME("R[a] := typeof binding K[b] through with/eval scopes; pc := c when not found", OperandKind.REG, OperandKind.CONST, OperandKind.JUMP),
    /** R[a] := delete binding K[b] through with/eval scopes; pc := c when not found */
    DELETE_NAME("R[a] := delete binding K[b] through with/eval scopes; pc := c when not found", OperandKind.REG, OperandKind.CONST, OperandKind.JUMP),
    /** suspend the generator yielding R[b]; resumed by next: R[a] := the sent value, pc := c; by return: R[a] := the value, pc := the next instruction; by throw: throw here */
    YIELD("suspend the generator yielding R[b]; resumed by next: R[a] := the sent value, pc := c; by return: R[a] := the value, pc := the next instruction; by throw: throw here", OperandKind.REG, OperandKind.REG, OperandKind.JUMP),
    /** suspend on Await(R[b]); on resume R[a] := the settled value */
    AWAIT("suspend on Await(R[b]); on resume R[a] := the settled value", OperandKind.REG, OperandKind.REG),
    /** yield* step: suspend yielding R[b] (sync: the inner result object itself); on resume R[a] := the value, R[c] := how (0 next, 1 throw, 2 return) */
    YIELD_DELEGATE("yield* step: suspend yielding R[b] (sync: the inner result object itself); on resume R[a] := the value, R[c] := how (0 next, 1 throw, 2 return)", OperandKind.REG, OperandKind.REG, OperandKind.REG),
    /** GlobalDeclarationInstantiation of a script with the declarations K[a] */
    DECLARE_GLOBALS("GlobalDeclarationInstantiation of a script with the declarations K[a]", OperandKind.CONST),
    /** define global function K[a] := R[b] (CreateGlobalFunctionBinding) */
    INIT_GLOBAL_FUNCTION("define global function K[a] := R[b] (CreateGlobalFunctionBinding)", OperandKind.CONST, OperandKind.REG),
    /** initialize global lexical binding K[a] := R[b] (ends its TDZ) */
    INIT_GLOBAL_LEXICAL("initialize global lexical binding K[a] := R[b] (ends its TDZ)", OperandKind.CONST, OperandKind.REG),
    /** R[a] := the object to use as this for a call of a global/dynamic reference in a with block, else undefined */
    LOAD_GLOBAL_THIS("R[a] := the global this value", OperandKind.REG),
    /** R[a] := the super constructor of the active function R[b] (its [[GetPrototypeOf]]()) */
    LOAD_SUPER_CONSTRUCTOR("R[a] := the super constructor of the active function R[b] (its [[GetPrototypeOf]]())", OperandKind.REG, OperandKind.REG),
    /** throw ReferenceError K[b] unless R[a] is uninitialized (super() called twice) */
    CHECK_NOT_INITIALIZED("throw ReferenceError K[b] unless R[a] is uninitialized (super() called twice)", OperandKind.REG, OperandKind.CONST),
    /** R[a] := a new RegExp with pattern K[b] and flags K[c] */
    NEW_REGEXP("R[a] := a new RegExp with pattern K[b] and flags K[c]", OperandKind.REG, OperandKind.CONST, OperandKind.CONST),
    /** generator start: suspend until the first next() */
    INITIAL_YIELD("generator start: suspend until the first next()"),
    /** yield* call: R[a] := R[b].next/throw/return(R[d]) as R[e] says (0, 1, 2); no return method: pc := f; no throw method: close (async: R[a] := return() result, pc := g) */
    DELEGATE_CALL("yield* call: R[a] := R[b].next/throw/return(R[d]) as R[e] says (0, 1, 2), next method R[c]; no return method: pc := f; "
        + "no throw method: close the iterator and throw (async: R[a] := the return() result, pc := g)",
        OperandKind.REG, OperandKind.REG, OperandKind.REG, OperandKind.REG, OperandKind.REG, OperandKind.JUMP, OperandKind.JUMP),
    /** yield* result: TypeError unless R[a] is an object; when done R[a] := its value and pc := d if R[b] is 2 (return) else c */
    DELEGATE_RESULT("yield* result: TypeError unless R[a] is an object; when done R[a] := its value and pc := d if R[b] is 2 (return) else c",
        OperandKind.REG, OperandKind.REG, OperandKind.JUMP, OperandKind.JUMP),
    /** R[a] holds an iterator result: TypeError unless an object; pc := b when done, else R[a] := its value */
    ITER_UNWRAP("R[a] holds an iterator result: TypeError unless an object; pc := b when done, else R[a] := its value", OperandKind.REG, OperandKind.JUMP),
    /** AsyncIteratorClose call: R[a] := R[b].return() (to be awaited); pc := c when there is no return method */
    ASYNC_ITER_CLOSE("AsyncIteratorClose call: R[a] := R[b].return() (to be awaited); pc := c when there is no return method", OperandKind.REG, OperandKind.REG, OperandKind.JUMP),
    /** TypeError unless R[a] is an object (an iterator result) */
    CHECK_ITER_RESULT("TypeError unless R[a] is an object (an iterator result)", OperandKind.REG),
    /** enter the var scope of a function with a sloppy direct eval: eval code declares its vars there */
    PUSH_EVAL_SCOPE("enter the var scope of a function with a sloppy direct eval: eval code declares its vars there"),
    /** EvalDeclarationInstantiation of sloppy eval code: declare the vars and functions K[a] in the caller's var scope or the global object */
    DECLARE_EVAL("EvalDeclarationInstantiation of sloppy eval code: declare the vars and functions K[a] in the caller's var scope or the global object",
        OperandKind.CONST),
    /** initialize function K[a] := R[b] declared by sloppy eval code (a deletable binding) */
    INIT_EVAL_FUNCTION("initialize function K[a] := R[b] declared by sloppy eval code (a deletable binding)", OperandKind.CONST, OperandKind.REG),
    /** R[a] := call R[b] with this undefined, args R[c] .. R[c+#d-1] */
    CALL_FUNC("R[a] := call R[b] with this undefined, args R[c] .. R[c+#d-1]", OperandKind.REG, OperandKind.REG, OperandKind.REG, OperandKind.INT),
    /** R[a] := R[b] - #c */
    SUB_INT("R[a] := R[b] - #c", OperandKind.REG, OperandKind.REG, OperandKind.INT),
    /** pc := c if R[a] &lt; #b */
    JUMP_IF_LT_INT("pc := c if R[a] < #b", OperandKind.REG, OperandKind.INT, OperandKind.JUMP),
    /** pc := c if !(R[a] &lt; #b) */
    JUMP_IF_GE_INT("pc := c if !(R[a] < #b)", OperandKind.REG, OperandKind.INT, OperandKind.JUMP),
    /** R[a] := import.meta of the module named K[b] */
    IMPORT_META("R[a] := import.meta of the module named K[b]", OperandKind.REG, OperandKind.CONST),
    /** R[a] := import(R[b]) from the script or module named K[c]: a promise */
    IMPORT_CALL("R[a] := import(R[b]) from the script or module named K[c]: a promise", OperandKind.REG, OperandKind.REG, OperandKind.CONST),
    /** R[a] := the with/eval scope that binds name K[b], or a marker for the static binding (the reference, resolved once) */
    RESOLVE_NAME("R[a] := the with/eval scope that binds name K[b], or a marker for the static binding (the reference, resolved once)", OperandKind.REG, OperandKind.CONST),
    /** R[a] := the value of name K[c] in the scope R[b] from RESOLVE_NAME; pc := d when R[b] is the static marker */
    GET_REF("R[a] := the value of name K[c] in the scope R[b] from RESOLVE_NAME; pc := d when R[b] is the static marker", OperandKind.REG, OperandKind.REG, OperandKind.CONST, OperandKind.JUMP),
    /** name K[b] in the scope R[a] from RESOLVE_NAME := R[c]; pc := d when R[a] is the static marker */
    SET_REF("name K[b] in the scope R[a] from RESOLVE_NAME := R[c]; pc := d when R[a] is the static marker", OperandKind.REG, OperandKind.CONST, OperandKind.REG, OperandKind.JUMP),
    /** R[a] := ToPropertyKey(R[b]) for reading the base R[c]: a TypeError first when R[c] is null or undefined */
    MEMBER_KEY("R[a] := ToPropertyKey(R[b]) for reading the base R[c]: a TypeError first when R[c] is null or undefined", OperandKind.REG, OperandKind.REG, OperandKind.REG),
    /** R[a] := direct eval: callee R[b], args ...array R[c], scope K[d] */
    CALL_EVAL_SPREAD("R[a] := direct eval: callee R[b], args ...array R[c], scope K[d]", OperandKind.REG, OperandKind.REG, OperandKind.REG, OperandKind.CONST);

    private final String effect;
    private final OperandKind[] operands;

    Opcode(String effect, OperandKind... operands) {
        this.effect = effect;
        this.operands = operands;
    }

    /** What the instruction does, in the notation of the opcode list. */
    public String effect() {
        return effect;
    }

    public int operandCount() {
        return operands.length;
    }

    public OperandKind operand(int i) {
        return operands[i];
    }

    /** Instruction length in ints: the opcode word plus one per operand. */
    public int length() {
        return 1 + operands.length;
    }

    private static final Opcode[] VALUES = values();

    public static Opcode of(int word) {
        return VALUES[word];
    }

    public static final int OP_NOP = 0;
    public static final int OP_LOAD_UNDEFINED = 1;
    public static final int OP_LOAD_NULL = 2;
    public static final int OP_LOAD_TRUE = 3;
    public static final int OP_LOAD_FALSE = 4;
    public static final int OP_LOAD_INT = 5;
    public static final int OP_LOAD_CONST = 6;
    public static final int OP_LOAD_HOLE = 7;
    public static final int OP_MOVE = 8;
    public static final int OP_CHECK_TDZ = 9;
    public static final int OP_THROW_CONST_ASSIGN = 10;
    public static final int OP_NEW_CELL = 11;
    public static final int OP_NEW_CELL_WITH = 12;
    public static final int OP_COPY_CELL = 13;
    public static final int OP_GET_CELL = 14;
    public static final int OP_GET_CELL_CHECKED = 15;
    public static final int OP_SET_CELL = 16;
    public static final int OP_GET_UPVAL = 17;
    public static final int OP_GET_UPVAL_CHECKED = 18;
    public static final int OP_SET_UPVAL = 19;
    public static final int OP_CHECK_UPVAL_TDZ = 20;
    public static final int OP_CHECK_CELL_TDZ = 21;
    public static final int OP_CLOSURE = 22;
    public static final int OP_GET_GLOBAL = 23;
    public static final int OP_TYPEOF_GLOBAL = 24;
    public static final int OP_SET_GLOBAL = 25;
    public static final int OP_DELETE_GLOBAL = 26;
    public static final int OP_LOAD_THIS = 27;
    public static final int OP_LOAD_NEW_TARGET = 28;
    public static final int OP_LOAD_CALLEE = 29;
    public static final int OP_LOAD_HOME = 30;
    public static final int OP_CREATE_ARGUMENTS = 31;
    public static final int OP_CREATE_REST = 32;
    public static final int OP_ADD = 33;
    public static final int OP_SUB = 34;
    public static final int OP_MUL = 35;
    public static final int OP_DIV = 36;
    public static final int OP_MOD = 37;
    public static final int OP_EXP = 38;
    public static final int OP_BIT_AND = 39;
    public static final int OP_BIT_OR = 40;
    public static final int OP_BIT_XOR = 41;
    public static final int OP_SHL = 42;
    public static final int OP_SAR = 43;
    public static final int OP_SHR = 44;
    public static final int OP_ADD_INT = 45;
    public static final int OP_EQ = 46;
    public static final int OP_NE = 47;
    public static final int OP_STRICT_EQ = 48;
    public static final int OP_STRICT_NE = 49;
    public static final int OP_LT = 50;
    public static final int OP_GT = 51;
    public static final int OP_LE = 52;
    public static final int OP_GE = 53;
    public static final int OP_INSTANCEOF = 54;
    public static final int OP_IN = 55;
    public static final int OP_NEG = 56;
    public static final int OP_TO_NUMBER = 57;
    public static final int OP_TO_NUMERIC = 58;
    public static final int OP_BIT_NOT = 59;
    public static final int OP_NOT = 60;
    public static final int OP_TYPEOF = 61;
    public static final int OP_INC = 62;
    public static final int OP_DEC = 63;
    public static final int OP_TO_STRING = 64;
    public static final int OP_TO_PROPERTY_KEY = 65;
    public static final int OP_TO_OBJECT = 66;
    public static final int OP_JUMP = 67;
    public static final int OP_JUMP_IF_TRUE = 68;
    public static final int OP_JUMP_IF_FALSE = 69;
    public static final int OP_JUMP_IF_NULLISH = 70;
    public static final int OP_JUMP_IF_NOT_NULLISH = 71;
    public static final int OP_JUMP_IF_UNDEFINED = 72;
    public static final int OP_JUMP_IF_NOT_UNDEFINED = 73;
    public static final int OP_JUMP_IF_LT = 74;
    public static final int OP_JUMP_IF_GE = 75;
    public static final int OP_GET_PROP = 76;
    public static final int OP_SET_PROP = 77;
    public static final int OP_GET_ELEM = 78;
    public static final int OP_SET_ELEM = 79;
    public static final int OP_DELETE_PROP = 80;
    public static final int OP_DELETE_ELEM = 81;
    public static final int OP_GET_SUPER = 82;
    public static final int OP_SET_SUPER = 83;
    public static final int OP_GET_PRIVATE = 84;
    public static final int OP_SET_PRIVATE = 85;
    public static final int OP_DEFINE_PRIVATE = 86;
    public static final int OP_PRIVATE_IN = 87;
    public static final int OP_NEW_PRIVATE_NAME = 88;
    public static final int OP_NEW_OBJECT = 89;
    public static final int OP_NEW_ARRAY = 90;
    public static final int OP_ARRAY_PUSH = 91;
    public static final int OP_ARRAY_PUSH_HOLE = 92;
    public static final int OP_ARRAY_SPREAD = 93;
    public static final int OP_DEFINE_FIELD = 94;
    public static final int OP_DEFINE_NAMED = 95;
    public static final int OP_DEFINE_METHOD = 96;
    public static final int OP_SET_FUNCTION_NAME = 97;
    public static final int OP_SET_HOME = 98;
    public static final int OP_COPY_DATA_PROPERTIES = 99;
    public static final int OP_OBJECT_SET_PROTO = 100;
    public static final int OP_TEMPLATE_OBJECT = 101;
    public static final int OP_CALL = 102;
    public static final int OP_CALL_SPREAD = 103;
    public static final int OP_NEW = 104;
    public static final int OP_NEW_SPREAD = 105;
    public static final int OP_SUPER_CALL = 106;
    public static final int OP_SUPER_CALL_SPREAD = 107;
    public static final int OP_CALL_EVAL = 108;
    public static final int OP_RETURN = 109;
    public static final int OP_RETURN_UNDEFINED = 110;
    public static final int OP_THROW = 111;
    public static final int OP_THROW_ERROR = 112;
    public static final int OP_GET_ITERATOR = 113;
    public static final int OP_GET_ASYNC_ITERATOR = 114;
    public static final int OP_ITER_NEXT = 115;
    public static final int OP_ITER_CLOSE = 116;
    public static final int OP_ITER_CLOSE_QUIET = 117;
    public static final int OP_FOR_IN_START = 118;
    public static final int OP_FOR_IN_NEXT = 119;
    public static final int OP_CREATE_CLASS = 120;
    public static final int OP_INIT_CLASS_FIELDS = 121;
    public static final int OP_RUN_FIELD_INIT = 122;
    public static final int OP_DEBUGGER = 123;
    public static final int OP_PUSH_WITH = 124;
    public static final int OP_POP_SCOPE = 125;
    public static final int OP_GET_NAME = 126;
    public static final int OP_GET_NAME_THIS = 127;
    public static final int OP_SET_NAME = 128;
    public static final int OP_TYPEOF_NAME = 129;
    public static final int OP_DELETE_NAME = 130;
    public static final int OP_YIELD = 131;
    public static final int OP_AWAIT = 132;
    public static final int OP_YIELD_DELEGATE = 133;
    public static final int OP_DECLARE_GLOBALS = 134;
    public static final int OP_INIT_GLOBAL_FUNCTION = 135;
    public static final int OP_INIT_GLOBAL_LEXICAL = 136;
    public static final int OP_LOAD_GLOBAL_THIS = 137;
    public static final int OP_LOAD_SUPER_CONSTRUCTOR = 138;
    public static final int OP_CHECK_NOT_INITIALIZED = 139;
    public static final int OP_NEW_REGEXP = 140;
    public static final int OP_INITIAL_YIELD = 141;
    public static final int OP_DELEGATE_CALL = 142;
    public static final int OP_DELEGATE_RESULT = 143;
    public static final int OP_ITER_UNWRAP = 144;
    public static final int OP_ASYNC_ITER_CLOSE = 145;
    public static final int OP_CHECK_ITER_RESULT = 146;
    public static final int OP_PUSH_EVAL_SCOPE = 147;
    public static final int OP_DECLARE_EVAL = 148;
    public static final int OP_INIT_EVAL_FUNCTION = 149;
    public static final int OP_CALL_FUNC = 150;
    public static final int OP_SUB_INT = 151;
    public static final int OP_JUMP_IF_LT_INT = 152;
    public static final int OP_JUMP_IF_GE_INT = 153;
    public static final int OP_IMPORT_META = 154;
    public static final int OP_IMPORT_CALL = 155;
    public static final int OP_RESOLVE_NAME = 156;
    public static final int OP_GET_REF = 157;
    public static final int OP_SET_REF = 158;
    public static final int OP_MEMBER_KEY = 159;
    public static final int OP_CALL_EVAL_SPREAD = 160;
}
