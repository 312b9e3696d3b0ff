package dev.oryx.grammar;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * Base class of every generated parse-tree context (the grammar's {@code contextSuperClass}).
 * It only changes how children are stored ({@link ChildList}): ANTLR's default list starts at
 * ten slots, but most contexts of this grammar (the levels of an expression) have one child, so
 * a parse tree of real code spent most of its memory on empty slots. That matters because the
 * whole tree is live until the AST is built and large trees were copied by every young garbage
 * collection during the parse.
 */
public class JsRuleContext extends ParserRuleContext {
    public JsRuleContext() {
    }

    public JsRuleContext(ParserRuleContext parent, int invokingStateNumber) {
        super(parent, invokingStateNumber);
    }

    @Override
    public <T extends ParseTree> T addAnyChild(T t) {
        if (children == null) {
            children = new ChildList();
        }
        children.add(t);
        return t;
    }
}
