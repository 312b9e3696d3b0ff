package dev.oryx.scope;

/**
 * Where an identifier reference (or declaration site) leads.
 *
 * @param kind       LOCAL: a binding of the same function; UPVALUE: captured from an enclosing
 *                   function ({@code index} is the capture index); GLOBAL: the global object or
 *                   the global lexical environment, by name
 * @param binding    the binding (null for GLOBAL)
 * @param index      capture index for UPVALUE
 * @param dynamic    a `with` object or a sloppy direct eval may shadow it: look the name up at run time first
 * @param tdzCheck   the binding may be read before initialization here
 */
public record Resolution(Kind kind, Binding binding, int index, String name, boolean dynamic, boolean tdzCheck) {
    public enum Kind { LOCAL, UPVALUE, GLOBAL }
}
