package dev.oryx.grammar;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.misc.Interval;

/**
 * A {@link CharStream} over the UTF-16 code units of a Java string. JavaScript source positions
 * are UTF-16 offsets, so the lexer works on code units; identifiers made of surrogate pairs are
 * validated by code point in {@link JavaScriptLexerBase}.
 */
public final class SourceCharStream implements CharStream {
    private final String text;
    private final String name;
    private final int length;
    private int index;

    public SourceCharStream(String text, String name) {
        this.text = text;
        this.name = name;
        this.length = text.length();
    }

    public String text() {
        return text;
    }

    @Override
    public String getText(Interval interval) {
        int start = Math.max(0, interval.a);
        int stop = Math.min(length - 1, interval.b);
        return start > stop ? "" : text.substring(start, stop + 1);
    }

    @Override
    public void consume() {
        if (index >= length) {
            throw new IllegalStateException("cannot consume EOF");
        }
        index++;
    }

    @Override
    public int LA(int i) {
        int at = i > 0 ? index + i - 1 : index + i;
        if (i == 0 || at < 0 || at >= length) {
            return IntStream.EOF;
        }
        return text.charAt(at);
    }

    @Override
    public int mark() {
        return -1;
    }

    @Override
    public void release(int marker) {
    }

    @Override
    public int index() {
        return index;
    }

    @Override
    public void seek(int index) {
        this.index = Math.min(index, length);
    }

    @Override
    public int size() {
        return length;
    }

    @Override
    public String getSourceName() {
        return name;
    }
}
