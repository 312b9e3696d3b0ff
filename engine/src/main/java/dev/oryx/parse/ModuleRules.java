package dev.oryx.parse;

import java.util.HashSet;
import java.util.Set;

import dev.oryx.ast.Expression;
import dev.oryx.ast.Node;
import dev.oryx.ast.Program;
import dev.oryx.ast.Statement;

/**
 * The early errors of a Module about its exports (ECMA-262 16.2.1.1, 16.2.3.1): no exported name
 * twice, and every local name of {@code export { ... }} (without {@code from}) declared in the
 * module and not a reserved word.
 */
final class ModuleRules {
    private ModuleRules() {
    }

    static void check(Program program, DeclarationScope moduleScope, EarlyErrorChecker checker) {
        Set<String> exported = new HashSet<>();
        for (Statement s : program.body()) {
            switch (s) {
                case Statement.ExportNamed n -> {
                    for (Statement.ExportBinding b : n.bindings()) {
                        if (n.moduleRequest() == null) {
                            String local = b.localName();
                            if (IdentifierRules.isReservedInModule(local)) {
                                throw checker.error(b, "Unexpected reserved word '" + local + "'");
                            }
                            if (!moduleScope.declares(local)) {
                                throw checker.error(b, "Export '" + local + "' is not defined in module");
                            }
                        }
                        export(exported, b.exportName(), b, checker);
                    }
                }
                case Statement.ExportDeclaration d -> {
                    switch (d.declaration()) {
                        case Statement.VariableDeclaration v -> {
                            for (Statement.VariableDeclarator x : v.declarations()) {
                                for (Expression.Identifier id : DeclarationScope.boundNames(x.target())) {
                                    export(exported, id.name(), id, checker);
                                }
                            }
                        }
                        case Statement.FunctionDeclaration f -> export(exported, f.function().id().name(), f.function().id(), checker);
                        case Statement.ClassDeclaration c -> export(exported, c.classNode().id().name(), c.classNode().id(), checker);
                        default -> {
                        }
                    }
                }
                case Statement.ExportDefault d -> export(exported, "default", d, checker);
                case Statement.ExportAll a -> {
                    if (a.exportName() != null) {
                        export(exported, a.exportName(), a, checker);
                    }
                }
                default -> {
                }
            }
        }
    }

    private static void export(Set<String> exported, String name, Node at, EarlyErrorChecker checker) {
        if (!exported.add(name)) {
            throw checker.error(at, "Duplicate export of '" + name + "'");
        }
    }
}
