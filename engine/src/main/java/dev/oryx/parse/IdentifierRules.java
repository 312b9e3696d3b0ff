package dev.oryx.parse;

import java.util.Set;

/**
 * Which identifier names are reserved where (ECMA-262 13.1.1): the strict-mode reserved words,
 * {@code yield} with [Yield] or in strict code, {@code await} with [Await], in modules and in
 * class static blocks. Reserved words proper are keywords of the lexer already (escaped ones
 * become {@code EscapedKeyword} tokens), so only these context-dependent names reach the AST.
 */
final class IdentifierRules {
    private IdentifierRules() {
    }

    private static final Set<String> STRICT_RESERVED = Set.of(
        "implements", "interface", "let", "package", "private", "protected", "public", "static", "yield");

    /** The message when {@code name} may not be an IdentifierReference, BindingIdentifier or LabelIdentifier here, else null. */
    static String reservedName(String name, CheckContext ctx) {
        if (ctx.strict && isStrictReserved(name)) {
            return "Unexpected strict mode reserved word '" + name + "'";
        }
        if (name.length() != 5) {
            // asked of every identifier: most are not five letters long
            return null;
        }
        if (name.equals("yield") && ctx.yieldReserved) {
            return "Unexpected identifier 'yield' in a generator";
        }
        if (name.equals("await") && (ctx.module || ctx.awaitReserved)) {
            return ctx.module ? "Unexpected reserved word 'await' in a module" : "Unexpected reserved word 'await'";
        }
        return null;
    }

    /** The names a module may not export as local bindings (16.2.3.1: ReservedWord and the strict ones). */
    static boolean isReservedInModule(String name) {
        return isStrictReserved(name) || name.equals("await");
    }

    /** Asked of every identifier in strict code: most names are told apart by length and first letter. */
    private static boolean isStrictReserved(String name) {
        int length = name.length();
        if (length < 3 || length > 10) {
            return false;
        }
        return switch (name.charAt(0)) {
            case 'i', 'l', 'p', 's', 'y' -> STRICT_RESERVED.contains(name);
            default -> false;
        };
    }

    static boolean isEvalOrArguments(String name) {
        return name.equals("eval") || name.equals("arguments");
    }
}
