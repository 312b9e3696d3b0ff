package dev.oryx.module;

import java.io.IOException;

/**
 * How a host finds modules (HostLoadImportedModule's host part): resolves a specifier against
 * the importing module's key to a key of its own, and loads the source text of a key. A key names
 * one module per realm: loading the same key twice gives the same module.
 */
public interface ModuleLoader {
    /**
     * The key of the module {@code specifier} names when imported from {@code referrer} (a module
     * key, a script's file name, or null from the host).
     *
     * @throws IOException when the specifier names no module this loader can provide
     */
    String resolve(String specifier, String referrer) throws IOException;

    /** The source text of the module with key {@code key}. */
    String load(String key) throws IOException;

    /** import.meta.url of the module with key {@code key} (the key itself by default). */
    default String url(String key) {
        return key;
    }
}
