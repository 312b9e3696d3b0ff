package dev.oryx.bench.parse;

import dev.oryx.parse.Parser;

/** Oryx's public parse entry points: tokens, ANTLR parse tree, our AST, early errors. */
final class OryxSourceParser implements SourceParser {
    @Override
    public String id() {
        return "oryx";
    }

    @Override
    public Object parse(String source, String fileName, boolean module) {
        return module ? Parser.parseModule(source, fileName) : Parser.parseScript(source, fileName);
    }

    @Override
    public long fallbacks() {
        return Parser.llFallbacks();
    }
}
