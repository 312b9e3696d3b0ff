package dev.oryx.module;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.oryx.bytecode.ModuleCode;
import dev.oryx.object.JSObject;
import dev.oryx.runtime.Cell;
import dev.oryx.runtime.Realm;
import dev.oryx.runtime.Undefined;
import dev.oryx.runtime.Uninitialized;

/**
 * A Source Text Module Record (16.2.1.6) with the Cyclic Module Record fields (16.2.1.5): the
 * compiled module, its environment of cells, the modules its requests resolved to, and the
 * linking and evaluation state. The algorithms are in {@link ModuleHost}.
 */
public final class ModuleRecord {
    /** [[Status]] */
    public enum Status { UNLINKED, LINKING, LINKED, EVALUATING, EVALUATING_ASYNC, EVALUATED }

    final Realm realm;
    final String key;
    final ModuleCode code;
    /** The module environment: one cell per top-level binding (imports share the exporter's cell). */
    final Cell[] environment;
    /** [[LoadedModules]]: module request -> module. */
    final Map<String, ModuleRecord> loaded = new HashMap<>();

    Status status = Status.UNLINKED;
    /** [[EvaluationError]]: the thrown value, or null (empty). */
    Object evaluationError;
    boolean hasEvaluationError;
    int dfsIndex = -1;
    int dfsAncestorIndex = -1;
    ModuleRecord cycleRoot;
    boolean asyncEvaluation;
    long asyncEvaluationOrder;
    dev.oryx.interp.Promises.Capability topLevelCapability;
    final List<ModuleRecord> asyncParentModules = new ArrayList<>();
    int pendingAsyncDependencies;
    /** [[Namespace]], created on first request. */
    JSObject namespace;
    /** [[ImportMeta]], created on first use. */
    JSObject importMeta;

    ModuleRecord(Realm realm, String key, ModuleCode code) {
        this.realm = realm;
        this.key = key;
        this.code = code;
        int n = code.environment().size();
        environment = new Cell[n];
        for (int i = 0; i < n; i++) {
            environment[i] = new Cell(Uninitialized.INSTANCE);
        }
        for (int slot : code.undefinedSlots()) {
            environment[slot].value = Undefined.INSTANCE;
        }
    }

    public String key() {
        return key;
    }

    public Status status() {
        return status;
    }

    /** The environment slot of a top-level binding name, or -1. */
    int slot(String name) {
        return code.environment().indexOf(name);
    }

    boolean hasTopLevelAwait() {
        return code.hasTopLevelAwait();
    }

    @Override
    public String toString() {
        return "module " + key;
    }
}
