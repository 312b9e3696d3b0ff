package dev.oryx.bytecode;

/**
 * What CREATE_CLASS needs: the constructor's code (for a class without a constructor method, a
 * stub whose behaviour the interpreter supplies: {@code defaultConstructor}), the class name and
 * whether it is derived.
 */
public record ClassDescriptor(FunctionCode constructor, boolean defaultConstructor, String name, boolean derived) {
}
