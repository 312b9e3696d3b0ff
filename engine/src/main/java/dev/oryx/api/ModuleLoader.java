package dev.oryx.api;

import java.io.IOException;

/**
 * Finds the source of ES modules for a runtime ({@link JSRuntime.Builder#moduleLoader}): the host
 * decides what a specifier means (files, resources, a database, nothing at all). Two steps, as
 * HostLoadImportedModule splits them: {@link #resolve} turns a specifier written in an
 * {@code import} into a canonical module name, {@link #load} returns the source for that name.
 * A module is loaded once per context and canonical name.
 *
 * <p><b>Not wired yet:</b> ES modules are being implemented (issue 11); until then
 * {@link JSContext#eval(Source)} of a module source throws {@link UnsupportedOperationException}
 * and this interface is only the hook the module implementation will call. The default
 * file-system and in-memory loaders arrive with it.
 */
public interface ModuleLoader {

    /**
     * The canonical name of the module {@code specifier} refers to, imported from the module
     * named {@code referrer} (null for an import from a script or the host).
     *
     * @throws IOException or any runtime exception when the specifier cannot be resolved (the
     *         import fails with a JavaScript error carrying the message)
     */
    String resolve(String specifier, String referrer) throws IOException;

    /** The source of the module with canonical name {@code name}; it must be a module source. */
    Source load(String name) throws IOException;
}
