package dev.oryx.runtime;

/**
 * A binding that lives on the heap because a closure captured it (or because the global
 * lexical environment holds it). Uninitialized bindings hold {@link Uninitialized#INSTANCE}.
 */
public final class Cell {
    public Object value;

    public Cell(Object value) {
        this.value = value;
    }
}
