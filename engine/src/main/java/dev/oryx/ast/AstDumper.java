package dev.oryx.ast;

import java.lang.reflect.RecordComponent;
import java.util.List;

/**
 * Prints an AST as an indented tree, one node per line with its position; what
 * {@code oryx --dump-ast} shows. Generic over the record components, so new node types need no
 * code here.
 */
public final class AstDumper {
    private final StringBuilder out = new StringBuilder();
    private final boolean positions;

    private AstDumper(boolean positions) {
        this.positions = positions;
    }

    /** The tree with line:column of every node. */
    public static String dump(Node node) {
        AstDumper d = new AstDumper(true);
        d.node(node, 0);
        return d.out.toString();
    }

    /** The tree without positions: two parses of equivalent source give equal strings. */
    public static String dumpWithoutPositions(Node node) {
        AstDumper d = new AstDumper(false);
        d.node(node, 0);
        return d.out.toString();
    }

    private void indent(int depth) {
        for (int i = 0; i < depth; i++) {
            out.append("  ");
        }
    }

    private void node(Node node, int depth) {
        indent(depth);
        Class<?> type = node.getClass();
        String name = type.getEnclosingClass() != null ? type.getSimpleName() : type.getSimpleName();
        out.append(name);
        if (positions) {
            out.append(" @").append(node.span());
        }
        RecordComponent[] components = type.getRecordComponents();
        StringBuilder scalars = new StringBuilder();
        for (RecordComponent c : components) {
            if (c.getName().equals("span") || c.getName().equals("source")) {
                continue;
            }
            Object value = get(c, node);
            if (value instanceof Node || value instanceof List<?> l && !l.isEmpty()) {
                continue;
            }
            if (value == null || value instanceof List<?>) {
                continue;
            }
            if (value instanceof Boolean bool && !bool) {
                continue;
            }
            scalars.append(' ').append(c.getName()).append('=');
            if (value instanceof String s) {
                scalars.append(quote(s));
            } else if (value instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e15) {
                scalars.append((long) d.doubleValue());
            } else {
                scalars.append(value);
            }
        }
        out.append(scalars).append('\n');
        for (RecordComponent c : components) {
            Object value = get(c, node);
            if (value instanceof Node child) {
                indent(depth + 1);
                out.append(c.getName()).append(":\n");
                node(child, depth + 2);
            } else if (value instanceof List<?> list && !list.isEmpty()) {
                indent(depth + 1);
                out.append(c.getName()).append(":\n");
                for (Object item : list) {
                    if (item == null) {
                        indent(depth + 2);
                        out.append("<hole>\n");
                    } else if (item instanceof Node n) {
                        node(n, depth + 2);
                    }
                }
            }
        }
    }

    private static Object get(RecordComponent c, Object target) {
        try {
            return c.getAccessor().invoke(target);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || (c >= 0x7f && c < 0xa0) || Character.isSurrogate(c) || c == '\u2028' || c == '\u2029') {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
