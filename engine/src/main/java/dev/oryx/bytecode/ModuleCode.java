package dev.oryx.bytecode;

import java.util.List;

/**
 * A compiled module (16.2.1.6 Source Text Module Records, the static part): its environment (the
 * names of its top-level bindings, own and imported, in the order of the cells its code
 * captures), the import and export entries, the requested modules, and two code units: {@code
 * init} instantiates the hoisted function declarations (run when the module is linked, so cyclic
 * importers can call them early) and {@code body} is the module's evaluation (an async function's
 * code when the module uses top-level await). Own bindings start uninitialized (TDZ) except the
 * {@code undefinedSlots} (var and function bindings); {@code importedSlots} are filled by linking.
 */
public record ModuleCode(String name, FunctionCode init, FunctionCode body, List<String> environment, List<Integer> importedSlots,
                         List<Integer> undefinedSlots,
                         List<ImportEntry> imports, List<ExportEntry> localExports, List<ExportEntry> indirectExports,
                         List<ExportEntry> starExports, List<String> requestedModules, boolean hasTopLevelAwait) {

    /** ImportEntry Record: {@code importName} null for a namespace import ({@code * as x}). */
    public record ImportEntry(String moduleRequest, String importName, String localName) {
    }

    /**
     * ExportEntry Record: {@code moduleRequest} null for a local export; {@code importName} null
     * with a module request for {@code export * as x from}, "*" for {@code export * from}.
     */
    public record ExportEntry(String exportName, String moduleRequest, String importName, String localName) {
    }
}
