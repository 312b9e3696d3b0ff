package dev.oryx.compiler;

/** A jump target; forward references are patched when it is bound. */
final class Label {
    int pc = -1;
    int[] patches = new int[2];
    int patchCount;

    boolean isBound() {
        return pc >= 0;
    }
}
