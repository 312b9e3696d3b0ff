package dev.oryx.module;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.oryx.api.JSException;
import dev.oryx.bytecode.ModuleCode;
import dev.oryx.compiler.Compiler;
import dev.oryx.interp.BytecodeFunction;
import dev.oryx.interp.Functions;
import dev.oryx.interp.JSPromise;
import dev.oryx.interp.Promises;
import dev.oryx.object.JSFunction;
import dev.oryx.object.JSObject;
import dev.oryx.parse.Parser;
import dev.oryx.parse.SyntaxErrorException;
import dev.oryx.runtime.Cell;
import dev.oryx.runtime.Conversions;
import dev.oryx.runtime.Errors;
import dev.oryx.runtime.Realm;
import dev.oryx.runtime.Undefined;

/**
 * The modules of a realm: the module map (key to record), loading through a {@link ModuleLoader},
 * and the spec's algorithms on Cyclic Module Records: Link (16.2.1.5.1), Evaluate (16.2.1.5.2)
 * with top-level await, GetExportedNames, ResolveExport, InitializeEnvironment, the module
 * namespace (GetModuleNamespace), dynamic import() and import.meta.
 */
public final class ModuleHost {
    private final Realm realm;
    private ModuleLoader loader;
    private final Map<String, ModuleRecord> map = new LinkedHashMap<>();
    private long asyncEvaluationCount = 1;

    public ModuleHost(Realm realm, ModuleLoader loader) {
        this.realm = realm;
        this.loader = loader;
    }

    /** The realm's module host, created with a file-system loader rooted at the working directory on first use. */
    public static ModuleHost of(Realm realm) {
        if (realm.modules == null) {
            realm.modules = new ModuleHost(realm, new FileModuleLoader(java.nio.file.Path.of("")));
        }
        return (ModuleHost) realm.modules;
    }

    public void setLoader(ModuleLoader loader) {
        this.loader = loader;
    }

    public ModuleLoader loader() {
        return loader;
    }

    // ======================================================================
    // Loading (HostLoadImportedModule, done synchronously)
    // ======================================================================

    /** Loads the module {@code specifier} names from {@code referrer} and everything it imports, transitively. */
    public ModuleRecord load(String specifier, String referrer) {
        String key;
        try {
            key = loader.resolve(specifier, referrer);
        } catch (IOException e) {
            throw Errors.typeError(realm, e.getMessage());
        }
        return loadKey(key);
    }

    /** Loads a module given its source text under {@code key} (the host's entry module), with its imports. */
    public ModuleRecord loadSource(String key, String source) {
        ModuleRecord m = map.get(key);
        if (m != null) {
            return m;
        }
        return register(key, source);
    }

    private ModuleRecord loadKey(String key) {
        ModuleRecord m = map.get(key);
        if (m != null) {
            return m;
        }
        String source;
        try {
            source = loader.load(key);
        } catch (IOException e) {
            throw Errors.typeError(realm, e.getMessage());
        }
        return register(key, source);
    }

    private ModuleRecord register(String key, String source) {
        ModuleCode code;
        try {
            code = Compiler.compileModule(Parser.parseModule(source, key));
        } catch (SyntaxErrorException e) {
            throw Errors.syntaxError(realm, e.getMessage() + " (" + e.location() + ")");
        }
        ModuleRecord m = new ModuleRecord(realm, key, code);
        map.put(key, m);
        try {
            for (String request : code.requestedModules()) {
                m.loaded.put(request, load(request, key));
            }
        } catch (JSException e) {
            map.remove(key);
            throw e;
        }
        return m;
    }

    /** The module with this key, or null. */
    public ModuleRecord get(String key) {
        return map.get(key);
    }

    // ======================================================================
    // Exports (16.2.1.6.2 GetExportedNames, 16.2.1.6.3 ResolveExport)
    // ======================================================================

    /** A ResolvedBinding Record; {@code bindingName} null means the module's namespace. */
    record Resolved(ModuleRecord module, String bindingName) {
    }

    /** ResolveExport's "ambiguous" answer. */
    static final Resolved AMBIGUOUS = new Resolved(null, null);

    static List<String> exportedNames(ModuleRecord m, Set<ModuleRecord> exportStarSet) {
        List<String> names = new ArrayList<>();
        if (!exportStarSet.add(m)) {
            return names;
        }
        for (ModuleCode.ExportEntry e : m.code.localExports()) {
            names.add(e.exportName());
        }
        for (ModuleCode.ExportEntry e : m.code.indirectExports()) {
            names.add(e.exportName());
        }
        for (ModuleCode.ExportEntry e : m.code.starExports()) {
            ModuleRecord requested = m.loaded.get(e.moduleRequest());
            for (String n : exportedNames(requested, exportStarSet)) {
                if (!n.equals("default") && !names.contains(n)) {
                    names.add(n);
                }
            }
        }
        return names;
    }

    private record ResolveEntry(ModuleRecord module, String exportName) {
    }

    static Resolved resolveExport(ModuleRecord m, String exportName) {
        return resolveExport(m, exportName, new ArrayList<>());
    }

    private static Resolved resolveExport(ModuleRecord m, String exportName, List<ResolveEntry> resolveSet) {
        for (ResolveEntry r : resolveSet) {
            if (r.module() == m && r.exportName().equals(exportName)) {
                return null;
            }
        }
        resolveSet.add(new ResolveEntry(m, exportName));
        for (ModuleCode.ExportEntry e : m.code.localExports()) {
            if (exportName.equals(e.exportName())) {
                return new Resolved(m, e.localName());
            }
        }
        for (ModuleCode.ExportEntry e : m.code.indirectExports()) {
            if (exportName.equals(e.exportName())) {
                ModuleRecord imported = m.loaded.get(e.moduleRequest());
                if (e.importName() == null) {
                    return new Resolved(imported, null);
                }
                return resolveExport(imported, e.importName(), resolveSet);
            }
        }
        if (exportName.equals("default")) {
            return null;
        }
        Resolved star = null;
        for (ModuleCode.ExportEntry e : m.code.starExports()) {
            ModuleRecord imported = m.loaded.get(e.moduleRequest());
            Resolved resolution = resolveExport(imported, exportName, resolveSet);
            if (resolution == AMBIGUOUS) {
                return AMBIGUOUS;
            }
            if (resolution != null) {
                if (star == null) {
                    star = resolution;
                } else if (resolution.module() != star.module()
                    || !java.util.Objects.equals(resolution.bindingName(), star.bindingName())) {
                    return AMBIGUOUS;
                }
            }
        }
        return star;
    }

    /** GetModuleNamespace (16.2.1.10) */
    JSObject namespace(ModuleRecord m) {
        if (m.namespace == null) {
            List<String> unambiguous = new ArrayList<>();
            for (String name : exportedNames(m, new HashSet<>())) {
                Resolved r = resolveExport(m, name);
                if (r != null && r != AMBIGUOUS) {
                    unambiguous.add(name);
                }
            }
            m.namespace = new ModuleNamespace(realm, this, m, unambiguous);
        }
        return m.namespace;
    }

    /** The value of export {@code name} of {@code m} (a namespace [[Get]]); ReferenceError while it is uninitialized. */
    Object exportValue(ModuleRecord m, String name) {
        Resolved r = resolveExport(m, name);
        if (r.bindingName() == null) {
            return namespace(r.module());
        }
        Cell c = r.module().environment[r.module().slot(r.bindingName())];
        if (c.value == dev.oryx.runtime.Uninitialized.INSTANCE) {
            throw Errors.uninitialized(realm, name);
        }
        return c.value;
    }

    // ======================================================================
    // Link (16.2.1.5.1)
    // ======================================================================

    public void link(ModuleRecord module) {
        List<ModuleRecord> stack = new ArrayList<>();
        try {
            innerLink(module, stack, 0);
        } catch (JSException | StackOverflowError e) {
            for (ModuleRecord m : stack) {
                m.status = ModuleRecord.Status.UNLINKED;
            }
            throw e;
        }
    }

    private int innerLink(ModuleRecord module, List<ModuleRecord> stack, int index) {
        switch (module.status) {
            case LINKING, LINKED, EVALUATING_ASYNC, EVALUATED -> {
                return index;
            }
            default -> {
            }
        }
        module.status = ModuleRecord.Status.LINKING;
        module.dfsIndex = index;
        module.dfsAncestorIndex = index;
        index++;
        stack.add(module);
        for (String request : module.code.requestedModules()) {
            ModuleRecord required = module.loaded.get(request);
            index = innerLink(required, stack, index);
            if (required.status == ModuleRecord.Status.LINKING) {
                module.dfsAncestorIndex = Math.min(module.dfsAncestorIndex, required.dfsAncestorIndex);
            }
        }
        initializeEnvironment(module);
        if (module.dfsAncestorIndex == module.dfsIndex) {
            while (true) {
                ModuleRecord m = stack.remove(stack.size() - 1);
                m.status = ModuleRecord.Status.LINKED;
                if (m == module) {
                    break;
                }
            }
        }
        return index;
    }

    /** InitializeEnvironment (16.2.1.6.4): check indirect exports, bind imports, instantiate hoisted functions. */
    private void initializeEnvironment(ModuleRecord m) {
        for (ModuleCode.ExportEntry e : m.code.indirectExports()) {
            Resolved r = resolveExport(m, e.exportName());
            if (r == null || r == AMBIGUOUS) {
                throw Errors.syntaxError(realm, (r == null ? "The requested module does not provide an export named '"
                    : "The export is ambiguous: '") + e.exportName() + "' (" + m.key + ")");
            }
        }
        for (ModuleCode.ImportEntry in : m.code.imports()) {
            ModuleRecord imported = m.loaded.get(in.moduleRequest());
            int slot = m.slot(in.localName());
            if (in.importName() == null) {
                m.environment[slot].value = namespace(imported);
                continue;
            }
            Resolved r = resolveExport(imported, in.importName());
            if (r == null || r == AMBIGUOUS) {
                throw Errors.syntaxError(realm, (r == null ? "The requested module '" + in.moduleRequest() + "' does not provide an export named '"
                    : "The requested module '" + in.moduleRequest() + "' has an ambiguous export '") + in.importName() + "'");
            }
            if (r.bindingName() == null) {
                m.environment[slot].value = namespace(r.module());
            } else {
                m.environment[slot] = r.module().environment[r.module().slot(r.bindingName())];
            }
        }
        BytecodeFunction init = Functions.createModuleFunction(realm, m.code.init(), m.environment);
        init.call(Undefined.INSTANCE, JSFunction.NO_ARGS);
    }

    // ======================================================================
    // Evaluate (16.2.1.5.2) with top-level await
    // ======================================================================

    /** Evaluate(): a promise settled when the module and its dependencies are evaluated. */
    public JSPromise evaluate(ModuleRecord start) {
        ModuleRecord module = start;
        if ((module.status == ModuleRecord.Status.EVALUATING_ASYNC || module.status == ModuleRecord.Status.EVALUATED)
            && module.cycleRoot != null) {
            module = module.cycleRoot;
        }
        if (module.topLevelCapability != null) {
            return (JSPromise) module.topLevelCapability.promise;
        }
        List<ModuleRecord> stack = new ArrayList<>();
        Promises.Capability capability = Promises.newCapability(realm, realm.promiseConstructor);
        module.topLevelCapability = capability;
        try {
            innerEvaluate(module, stack, 0);
            if (!module.asyncEvaluation) {
                capability.resolve(realm, Undefined.INSTANCE);
            }
        } catch (JSException e) {
            for (ModuleRecord m : stack) {
                m.status = ModuleRecord.Status.EVALUATED;
                m.evaluationError = e.value();
                m.hasEvaluationError = true;
            }
            capability.reject(realm, e.value());
        }
        return (JSPromise) capability.promise;
    }

    private int innerEvaluate(ModuleRecord module, List<ModuleRecord> stack, int index) {
        if (module.status == ModuleRecord.Status.EVALUATING_ASYNC || module.status == ModuleRecord.Status.EVALUATED) {
            if (module.hasEvaluationError) {
                throw new JSException(module.evaluationError);
            }
            return index;
        }
        if (module.status == ModuleRecord.Status.EVALUATING) {
            return index;
        }
        module.status = ModuleRecord.Status.EVALUATING;
        module.dfsIndex = index;
        module.dfsAncestorIndex = index;
        module.pendingAsyncDependencies = 0;
        index++;
        stack.add(module);
        for (String request : module.code.requestedModules()) {
            ModuleRecord required = module.loaded.get(request);
            index = innerEvaluate(required, stack, index);
            if (required.status == ModuleRecord.Status.EVALUATING) {
                module.dfsAncestorIndex = Math.min(module.dfsAncestorIndex, required.dfsAncestorIndex);
            } else {
                if (required.cycleRoot != null) {
                    required = required.cycleRoot;
                }
                if (required.hasEvaluationError) {
                    throw new JSException(required.evaluationError);
                }
            }
            if (required.asyncEvaluation) {
                module.pendingAsyncDependencies++;
                required.asyncParentModules.add(module);
            }
        }
        if (module.pendingAsyncDependencies > 0 || module.hasTopLevelAwait()) {
            module.asyncEvaluation = true;
            module.asyncEvaluationOrder = asyncEvaluationCount++;
            if (module.pendingAsyncDependencies == 0) {
                executeAsync(module);
            }
        } else {
            executeSync(module);
        }
        if (module.dfsAncestorIndex == module.dfsIndex) {
            while (true) {
                ModuleRecord m = stack.remove(stack.size() - 1);
                m.status = m.asyncEvaluation ? ModuleRecord.Status.EVALUATING_ASYNC : ModuleRecord.Status.EVALUATED;
                m.cycleRoot = module;
                if (m == module) {
                    break;
                }
            }
        }
        return index;
    }

    /** ExecuteModule() of a module without top-level await. */
    private void executeSync(ModuleRecord m) {
        BytecodeFunction body = Functions.createModuleFunction(realm, m.code.body(), m.environment);
        body.call(Undefined.INSTANCE, JSFunction.NO_ARGS);
    }

    /** ExecuteAsyncModule (16.2.1.5.2.2): the body runs as an async function; its promise drives the ancestors. */
    private void executeAsync(ModuleRecord m) {
        BytecodeFunction body = Functions.createModuleFunction(realm, m.code.body(), m.environment);
        JSPromise promise = (JSPromise) body.call(Undefined.INSTANCE, JSFunction.NO_ARGS);
        Promises.Handler fulfilled = v -> {
            asyncFulfilled(m);
            return Undefined.INSTANCE;
        };
        Promises.Handler rejected = e -> {
            asyncRejected(m, e);
            return Undefined.INSTANCE;
        };
        Promises.performThen(realm, promise, fulfilled, rejected, null);
    }

    /** GatherAvailableAncestors (16.2.1.5.2.3) */
    private static void gatherAvailableAncestors(ModuleRecord module, List<ModuleRecord> execList) {
        for (ModuleRecord m : module.asyncParentModules) {
            if (!execList.contains(m) && !m.cycleRoot.hasEvaluationError) {
                m.pendingAsyncDependencies--;
                if (m.pendingAsyncDependencies == 0) {
                    execList.add(m);
                    if (!m.hasTopLevelAwait()) {
                        gatherAvailableAncestors(m, execList);
                    }
                }
            }
        }
    }

    /** AsyncModuleExecutionFulfilled (16.2.1.5.2.4) */
    private void asyncFulfilled(ModuleRecord module) {
        if (module.status == ModuleRecord.Status.EVALUATED) {
            return;
        }
        module.asyncEvaluation = false;
        module.status = ModuleRecord.Status.EVALUATED;
        if (module.topLevelCapability != null) {
            module.topLevelCapability.resolve(realm, Undefined.INSTANCE);
        }
        List<ModuleRecord> execList = new ArrayList<>();
        gatherAvailableAncestors(module, execList);
        execList.sort((a, b) -> Long.compare(a.asyncEvaluationOrder, b.asyncEvaluationOrder));
        for (ModuleRecord m : execList) {
            if (m.status == ModuleRecord.Status.EVALUATED) {
                continue;
            }
            if (m.hasTopLevelAwait()) {
                executeAsync(m);
            } else {
                try {
                    executeSync(m);
                } catch (JSException e) {
                    asyncRejected(m, e.value());
                    continue;
                }
                m.asyncEvaluation = false;
                m.status = ModuleRecord.Status.EVALUATED;
                if (m.topLevelCapability != null) {
                    m.topLevelCapability.resolve(realm, Undefined.INSTANCE);
                }
            }
        }
    }

    /** AsyncModuleExecutionRejected (16.2.1.5.2.5) */
    private void asyncRejected(ModuleRecord module, Object error) {
        if (module.status == ModuleRecord.Status.EVALUATED) {
            return;
        }
        module.evaluationError = error;
        module.hasEvaluationError = true;
        module.status = ModuleRecord.Status.EVALUATED;
        for (ModuleRecord m : new ArrayList<>(module.asyncParentModules)) {
            asyncRejected(m, error);
        }
        if (module.topLevelCapability != null) {
            module.topLevelCapability.reject(realm, error);
        }
    }

    // ======================================================================
    // Entry points: run a module, import(), import.meta
    // ======================================================================

    /** Loads, links and evaluates the module of {@code source} under {@code key}; returns the evaluation promise. */
    public JSPromise run(String key, String source) {
        ModuleRecord m = loadSource(key, source);
        link(m);
        return evaluate(m);
    }

    /**
     * import(specifier) from {@code referrer} (13.3.10.1, HostLoadImportedModule and
     * FinishLoadingImportedModule): a promise for the namespace. Loading, linking and evaluation
     * happen in a job, after the current one.
     */
    public Object importDynamic(Object specifier, String referrer) {
        Promises.Capability capability = Promises.newCapability(realm, realm.promiseConstructor);
        String text;
        try {
            text = Conversions.toString(realm, specifier);
        } catch (JSException e) {
            capability.reject(realm, e.value());
            return capability.promise;
        }
        realm.stack.jobs.enqueue(() -> {
            ModuleRecord m;
            JSPromise evaluation;
            try {
                m = load(text, referrer == null || referrer.isEmpty() ? null : referrer);
                link(m);
                evaluation = evaluate(m);
            } catch (JSException e) {
                capability.reject(realm, e.value());
                return;
            }
            ModuleRecord module = m;
            Promises.Handler fulfilled = v -> {
                capability.resolve(realm, namespace(module));
                return Undefined.INSTANCE;
            };
            Promises.Handler rejected = e -> {
                capability.reject(realm, e);
                return Undefined.INSTANCE;
            };
            Promises.performThen(realm, evaluation, fulfilled, rejected, null);
        });
        return capability.promise;
    }

    /** import.meta (13.3.12.1): an ordinary object with a null prototype and the module's url. */
    public Object importMeta(String key) {
        ModuleRecord m = map.get(key);
        if (m == null) {
            throw Errors.syntaxError(realm, "import.meta is only valid in modules");
        }
        if (m.importMeta == null) {
            JSObject meta = realm.newObject(null);
            meta.defineOwn("url", loader.url(key), dev.oryx.object.Shape.DEFAULT);
            m.importMeta = meta;
        }
        return m.importMeta;
    }

    /** The namespace object of a linked and evaluated module (for hosts). */
    public JSObject namespaceOf(ModuleRecord m) {
        return namespace(m);
    }
}
