package dev.oryx.object;

/** A Private Name (6.2.12): a unique key for a class's private elements. */
public final class PrivateName {
    public final String description;

    public PrivateName(String description) {
        this.description = description;
    }

    @Override
    public String toString() {
        return description;
    }
}
