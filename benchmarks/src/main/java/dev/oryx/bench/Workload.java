package dev.oryx.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The catalog of JavaScript workloads: one {@code workloads/NAME.js} resource each, our own
 * code. Each file defines {@code run()}, which does the whole job once, checks its answer and
 * throws an Error whose message starts with "wrong result" when it is wrong. A workload with
 * asynchronous work also defines {@code finish()}, called after the host drained the job queue.
 *
 * <p>{@link #units} and {@link #unit} say how much work one run does, so that the report can
 * give rates (resumes per second...) next to the time per run.
 */
public enum Workload {
    FIB("recursive calls: fib(30)", 2_692_537, "calls"),
    SCHEDULER("OO task-scheduler simulation: polymorphic calls, property access", 18_334, "task switches"),
    NBODY("n-body floating point: 5 bodies, 20,000 steps", 20_000, "steps"),
    STRINGS("string building and concatenation", 1, "runs"),
    ARRAYS("map/filter/reduce/forEach/sort on 100k elements", 100_000, "elements"),
    JSON("JSON.parse + JSON.stringify of a generated 1 MB document", 1, "round trips"),
    REGEX("regex tokenizing of a generated 1 MB log + replace with a function", 1, "scans"),
    CLOSURES("closures and higher-order functions", 1, "runs"),
    MAPSET("Map/Set churn: 100k mixed operations", 100_000, "iterations"),
    GENERATORS("generator resumes: x = yield x + 1 driven by next(v)", 1_000_000, "resumes"),
    AWAIT("await of an already-resolved promise in an async function", 100_000, "awaits"),
    TRYCATCH("try/catch/finally/throw, 30k iterations", 30_000, "iterations"),
    ALLOC("object allocation pressure: trees and short-lived literals", 1, "runs"),
    PROPS("10M monomorphic property reads/writes", 10_000_000, "iterations"),
    TYPEDARRAYS("Float64Array/Int32Array 1M: fill, sum, scale", 1_000_000, "elements"),
    SORT("Array.prototype.sort of 100k numbers with a comparator", 100_000, "elements");

    private final String description;
    private final long units;
    private final String unit;

    Workload(String description, long units, String unit) {
        this.description = description;
        this.units = units;
        this.unit = unit;
    }

    /** The name used in benchmark parameters and file names ("fib", "typedarrays"). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String description() {
        return description;
    }

    /** Units of work in one run (for a rate); 1 when a rate would mean nothing more than runs per second. */
    public long units() {
        return units;
    }

    public String unit() {
        return unit;
    }

    public String fileName() {
        return "workloads/" + id() + ".js";
    }

    /** The workload's JavaScript source. */
    public String source() {
        try (InputStream in = Workload.class.getClassLoader().getResourceAsStream(fileName())) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + fileName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Workload byId(String id) {
        for (Workload w : values()) {
            if (w.id().equals(id)) {
                return w;
            }
        }
        throw new IllegalArgumentException("unknown workload '" + id + "'");
    }
}
