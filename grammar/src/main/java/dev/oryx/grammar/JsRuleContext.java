package dev.oryx.grammar;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Base class of every generated parse-tree context (the grammar's {@code contextSuperClass}).
 * It only changes how children are stored: in fields of the context itself (most contexts of
 * this grammar, the levels of an expression, have one or two children) and an array for the
 * rest, instead of ANTLR's {@code children} list (one more object per context, ten slots at
 * first). ANTLR's {@code children} field stays null; every accessor of the runtime that reads
 * it is overridden here, and code outside uses {@link #getChild(int)} and
 * {@link #getChildCount()}. The tree is live until the AST is built, and every young garbage
 * collection during the parse copies it, so its size is parse time.
 */
public class JsRuleContext extends ParserRuleContext {
    private ParseTree first;
    private ParseTree second;
    /** Children from index 2 on. */
    private ParseTree[] rest;
    private int count;

    public JsRuleContext() {
    }

    public JsRuleContext(ParserRuleContext parent, int invokingStateNumber) {
        super(parent, invokingStateNumber);
    }

    @Override
    public <T extends ParseTree> T addAnyChild(T t) {
        switch (count) {
            case 0 -> first = t;
            case 1 -> second = t;
            default -> {
                int i = count - 2;
                if (rest == null) {
                    rest = new ParseTree[4];
                } else if (i == rest.length) {
                    rest = Arrays.copyOf(rest, i * 2);
                }
                rest[i] = t;
            }
        }
        count++;
        return t;
    }

    @Override
    public void removeLastChild() {
        if (count > 0) {
            count--;
            switch (count) {
                case 0 -> first = null;
                case 1 -> second = null;
                default -> rest[count - 2] = null;
            }
        }
    }

    // final: code that holds a JsRuleContext calls these statically bound (inlined), whatever
    // the many context classes at a call site; through ParserRuleContext they are virtual calls
    @Override
    public final ParseTree getChild(int i) {
        if (i < 0 || i >= count) {
            return null;
        }
        return i == 0 ? first : i == 1 ? second : rest[i - 2];
    }

    @Override
    public final int getChildCount() {
        return count;
    }

    @Override
    public <T extends ParseTree> T getChild(Class<? extends T> ctxType, int i) {
        int j = -1;
        for (int k = 0; k < count; k++) {
            ParseTree o = getChild(k);
            if (ctxType.isInstance(o)) {
                j++;
                if (j == i) {
                    return ctxType.cast(o);
                }
            }
        }
        return null;
    }

    @Override
    public TerminalNode getToken(int ttype, int i) {
        int j = -1;
        for (int k = 0; k < count; k++) {
            if (getChild(k) instanceof JsToken tnode && tnode.getType() == ttype) {
                j++;
                if (j == i) {
                    return tnode;
                }
            }
        }
        return null;
    }

    @Override
    public List<TerminalNode> getTokens(int ttype) {
        List<TerminalNode> tokens = null;
        for (int k = 0; k < count; k++) {
            if (getChild(k) instanceof JsToken tnode && tnode.getType() == ttype) {
                if (tokens == null) {
                    tokens = new ArrayList<>();
                }
                tokens.add(tnode);
            }
        }
        return tokens == null ? List.of() : tokens;
    }

    @Override
    public <T extends ParserRuleContext> T getRuleContext(Class<? extends T> ctxType, int i) {
        return getChild(ctxType, i);
    }

    @Override
    public <T extends ParserRuleContext> List<T> getRuleContexts(Class<? extends T> ctxType) {
        // one pass, sized by the number of children at once (an upper bound): statement lists
        // are long, and a growing list copies itself again and again
        List<T> contexts = null;
        for (int k = 0; k < count; k++) {
            ParseTree o = getChild(k);
            if (ctxType.isInstance(o)) {
                if (contexts == null) {
                    contexts = new ArrayList<>(count - k);
                }
                contexts.add(ctxType.cast(o));
            }
        }
        return contexts == null ? List.of() : contexts;
    }
}
