package dev.oryx.bytecode;

import java.util.List;

/**
 * What GlobalDeclarationInstantiation (16.1.7) needs to know about a script: its var names,
 * the functions it declares at top level, and its lexically declared names.
 */
public record ScriptDeclarations(List<String> varNames, List<String> functionNames,
                                 List<String> letNames, List<String> constNames) {
}
