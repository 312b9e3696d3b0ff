package dev.oryx.grammar;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

import org.antlr.v4.runtime.tree.ParseTree;

/**
 * The children of one parse-tree context. Most contexts of this grammar have one or two
 * children, which are kept in fields; more go to an array that doubles. Against ANTLR's
 * default (an {@code ArrayList} of ten slots, grown by half) this is one object instead of two
 * per context and no empty slots, which keeps the tree small: it is live during the whole
 * parse, and every young garbage collection copies it.
 */
final class ChildList extends AbstractList<ParseTree> implements RandomAccess {
    private ParseTree first;
    private ParseTree second;
    /** Children from index 2 on. */
    private ParseTree[] rest;
    private int size;

    @Override
    public ParseTree get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("index " + index + ", size " + size);
        }
        return index == 0 ? first : index == 1 ? second : rest[index - 2];
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean add(ParseTree t) {
        switch (size) {
            case 0 -> first = t;
            case 1 -> second = t;
            default -> {
                int i = size - 2;
                if (rest == null) {
                    rest = new ParseTree[4];
                } else if (i == rest.length) {
                    rest = Arrays.copyOf(rest, i * 2);
                }
                rest[i] = t;
            }
        }
        size++;
        modCount++;
        return true;
    }

    @Override
    public ParseTree set(int index, ParseTree t) {
        ParseTree old = get(index);
        switch (index) {
            case 0 -> first = t;
            case 1 -> second = t;
            default -> rest[index - 2] = t;
        }
        return old;
    }

    @Override
    public ParseTree remove(int index) {
        ParseTree old = get(index);
        for (int i = index; i < size - 1; i++) {
            set(i, get(i + 1));
        }
        set(size - 1, null);
        size--;
        modCount++;
        return old;
    }
}
