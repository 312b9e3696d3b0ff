package dev.oryx.api;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * A live {@link java.util.Map} over bindings named by strings (the properties of a JavaScript
 * object, a context's globals): subclasses give the current keys and {@code get}/{@code put}/
 * {@code remove}; the entry set, its iterator (with {@code remove}) and {@code Entry.setValue}
 * go through them, so every change reaches the script's side at once.
 */
public abstract class StringKeyedMap extends AbstractMap<String, Object> {
    /** The keys at the time of the call, in the order the script would enumerate them. */
    protected abstract List<String> keys();

    @Override
    public abstract Object put(String key, Object value);

    @Override
    public abstract Object remove(Object key);

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Object>> iterator() {
                Iterator<String> keys = keys().iterator();
                return new Iterator<>() {
                    private String last;

                    @Override
                    public boolean hasNext() {
                        return keys.hasNext();
                    }

                    @Override
                    public Entry<String, Object> next() {
                        last = keys.next();
                        String k = last;
                        return new SimpleEntry<>(k, get(k)) {
                            private static final long serialVersionUID = 1L;

                            @Override
                            public Object setValue(Object v) {
                                super.setValue(v);
                                return put(k, v);
                            }
                        };
                    }

                    @Override
                    public void remove() {
                        if (last == null) {
                            throw new IllegalStateException();
                        }
                        StringKeyedMap.this.remove(last);
                        last = null;
                    }
                };
            }

            @Override
            public int size() {
                return keys().size();
            }
        };
    }
}
