package dev.oryx.bytecode;

import dev.oryx.parse.LineMap;

/** The source a function was compiled from: text (for Function.prototype.toString), name and lines. */
public final class SourceInfo {
    public final String text;
    public final String fileName;
    private LineMap lines;

    public SourceInfo(String text, String fileName) {
        this.text = text;
        this.fileName = fileName;
    }

    public LineMap lines() {
        LineMap l = lines;
        if (l == null) {
            l = lines = new LineMap(text);
        }
        return l;
    }
}
