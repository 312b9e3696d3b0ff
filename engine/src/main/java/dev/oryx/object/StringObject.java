package dev.oryx.object;

import java.util.ArrayList;
import java.util.List;

import dev.oryx.runtime.Realm;

/**
 * A String exotic object (10.4.3): read-only index properties for the code units and a
 * non-writable "length".
 */
public final class StringObject extends JSObject {
    public final String value;

    public StringObject(Shape shape, String value) {
        super(shape, true);
        this.value = value;
        addProperty("length", value.length(), 0);
    }

    @Override
    public String builtinTag() {
        return "String";
    }

    private PropertyDescriptor stringGetOwnProperty(Object key) {
        if (!PropertyKey.isIndex(key)) {
            return null;
        }
        long index = PropertyKey.index(key);
        if (index >= value.length()) {
            return null;
        }
        return PropertyDescriptor.data(dev.oryx.string.CodeUnitStrings.of(value.charAt((int) index)), Shape.ENUMERABLE);
    }

    @Override
    public PropertyDescriptor getOwnProperty(Realm realm, Object key) {
        PropertyDescriptor d = super.getOwnProperty(realm, key);
        return d != null ? d : stringGetOwnProperty(key);
    }

    @Override
    public boolean defineOwnProperty(Realm realm, Object key, PropertyDescriptor desc) {
        PropertyDescriptor current = stringGetOwnProperty(key);
        if (current != null) {
            // IsCompatiblePropertyDescriptor against the read-only index property
            if (desc.hasConfigurable() && desc.configurable()) {
                return false;
            }
            if (desc.hasEnumerable() && !desc.enumerable()) {
                return false;
            }
            if (desc.isAccessorDescriptor()) {
                return false;
            }
            if (desc.hasWritable() && desc.writable()) {
                return false;
            }
            return !desc.hasValue() || dev.oryx.runtime.Equality.sameValue(desc.value(), current.value());
        }
        return ordinaryDefineOwnProperty(key, desc);
    }

    @Override
    public boolean delete(Realm realm, Object key) {
        // the string's own index properties are non-configurable
        return stringGetOwnProperty(key) == null && super.delete(realm, key);
    }

    @Override
    public List<Object> ownPropertyKeys(Realm realm) {
        List<Object> keys = new ArrayList<>();
        int n = value.length();
        for (int i = 0; i < n; i++) {
            keys.add(i);
        }
        for (Long i : elementIndices()) {
            if (i >= n) {
                keys.add(PropertyKey.fromIndex(i));
            }
        }
        appendNamedKeys(keys);
        return keys;
    }
}
