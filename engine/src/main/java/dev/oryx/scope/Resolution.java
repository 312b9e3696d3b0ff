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
 * @param dynamicDepth how many run-time scopes (with objects, eval var scopes) of the frame's
 *                   chain lie between the reference and the binding: those are searched first
 */
public record Resolution(Kind kind, Binding binding, int index, String name, boolean dynamic, boolean tdzCheck, int dynamicDepth) {
    public enum Kind { LOCAL, UPVALUE, GLOBAL }

    public Resolution(Kind kind, Binding binding, int index, String name, boolean dynamic, boolean tdzCheck) {
        this(kind, binding, index, name, dynamic, tdzCheck, dynamic ? Integer.MAX_VALUE : 0);
    }
}
