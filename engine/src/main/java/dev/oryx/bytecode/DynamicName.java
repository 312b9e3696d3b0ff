package dev.oryx.bytecode;

/**
 * The constant of a name looked up at run time (GET_NAME and friends): the name, and how many
 * entries of the frame's run-time scope chain (with objects, eval var scopes) to search before
 * the statically resolved fallback applies.
 */
public record DynamicName(String name, int depth) {
    @Override
    public String toString() {
        return name + "@" + depth;
    }
}
