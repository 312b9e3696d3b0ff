package dev.oryx.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * What scripts may see of Java: an immutable policy given to {@link JSRuntime.Builder#hostAccess}.
 * Nothing of Java is reachable from a script unless the host hands it in (a global, an argument,
 * a return value of a host function); the policy decides what a script can do with what it got.
 *
 * <h2>Policies</h2>
 * <ul>
 * <li>{@link #explicit()} (the default): a Java object is seen as a JavaScript object whose
 *     properties are the members annotated {@link Export @HostAccess.Export} of its class:
 *     fields (read, and written unless final) and methods (callable, overloads chosen by the
 *     arguments). {@code java.util.List}, {@code java.util.Map} and Java arrays are seen through
 *     views (below). No other member is visible: not {@code getClass()}, not {@code wait()}, not
 *     the Java {@code toString()}.</li>
 * <li>{@link #none()}: Java objects are opaque handles: no properties, no views; they can be
 *     stored and handed back to Java, nothing else.</li>
 * </ul>
 * Strings, numbers, booleans and {@code BigInteger} always cross as JavaScript primitives, and
 * functions made with {@link JSContext#function} are always callable.
 *
 * <h2>Class lookup</h2>
 * {@link #allowClasses(Predicate)} adds a global {@code Java} with {@code Java.type(className)}:
 * it returns a class object whose properties are the exported <em>static</em> fields and methods
 * and which {@code new} instantiates through the exported constructors. The predicate sees the
 * binary class name before the class is loaded (without initializing it); a name it rejects and a
 * class that does not exist give the same TypeError.
 *
 * <h2>Views</h2>
 * <ul>
 * <li>A {@code List} is array-like: indices {@code 0..size-1}, a writable {@code length}, and
 *     {@code Array.prototype} as prototype (so {@code map}, {@code push}, {@code join}... work).
 *     Writing index {@code size} appends; setting {@code length} truncates or pads with null;
 *     deleting the last index removes it, deleting another one stores null. A read-only list
 *     refuses writes (a TypeError in strict code).</li>
 * <li>A Java array is array-like with a fixed {@code length}; writes convert to the component
 *     type or fail.</li>
 * <li>A {@code Map} is object-like: its {@code String} keys are the properties (other keys are not
 *     visible), in the map's iteration order; writes put, {@code delete} removes.</li>
 * </ul>
 * Views are live: they read and write the Java object. Values written into them from a script
 * are stored with the natural mapping (see {@link JSValue#asJava()}).
 *
 * <h2>What never crosses</h2>
 * No path leads from a script to {@code Class}, {@code ClassLoader}, {@code Runtime},
 * {@code System} or {@code java.lang.reflect} unless an exported member returns such an object,
 * and even then it is a plain host object whose class exports nothing.
 */
public final class HostAccess {
    /** Marks a constructor, method or field visible to scripts under {@link HostAccess#explicit()}. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.FIELD, ElementType.CONSTRUCTOR})
    public @interface Export {
    }

    private static final HostAccess NONE = new HostAccess(false, null);
    private static final HostAccess EXPLICIT = new HostAccess(true, null);

    private final boolean members;
    private final Predicate<String> classFilter;

    private HostAccess(boolean members, Predicate<String> classFilter) {
        this.members = members;
        this.classFilter = classFilter;
    }

    /** Java objects are opaque: no members, no views, no class lookup. */
    public static HostAccess none() {
        return NONE;
    }

    /** Exported members, List/Map/array views; no class lookup (the default). */
    public static HostAccess explicit() {
        return EXPLICIT;
    }

    /**
     * This policy plus {@code Java.type(name)} for the classes whose binary names
     * ({@code com.example.Outer$Inner}) {@code classNames} accepts.
     */
    public HostAccess allowClasses(Predicate<String> classNames) {
        return new HostAccess(members, Objects.requireNonNull(classNames, "classNames"));
    }

    /** Whether exported members and views are visible. */
    public boolean exposesMembers() {
        return members;
    }

    /** Whether {@code Java.type} exists. */
    public boolean allowsClassLookup() {
        return classFilter != null;
    }

    boolean classAllowed(String name) {
        return classFilter != null && classFilter.test(name);
    }

    @Override
    public String toString() {
        return "HostAccess[" + (members ? "explicit" : "none") + (classFilter != null ? ", class lookup" : "") + "]";
    }
}
