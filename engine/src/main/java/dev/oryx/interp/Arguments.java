package dev.oryx.interp;

import dev.oryx.object.JSObject;
import dev.oryx.object.PropertyDescriptor;
import dev.oryx.object.PropertyKey;
import dev.oryx.object.Shape;
import dev.oryx.runtime.Cell;
import dev.oryx.runtime.Realm;
import dev.oryx.runtime.Symbol;
import dev.oryx.runtime.Undefined;

/** Arguments objects (10.4.4): unmapped (strict, non-simple parameters) and mapped (sloppy). */
final class Arguments {
    private Arguments() {
    }

    /** {@code mask}: 0 for an unmapped object, else bit i set when parameter i is mapped (bit 31 alone: none mapped). */
    static JSObject create(Realm realm, Frame frame, int mask) {
        Object[] args = frame.args == null ? new Object[0] : frame.args;
        JSObject obj;
        if (mask == 0) {
            obj = new UnmappedArguments(realm.objectPrototype.childRootShape());
        } else {
            obj = new MappedArguments(realm.objectPrototype.childRootShape(), frame.regs, mask & 0x7FFFFFFF, args.length);
        }
        if (args.length > 0) {
            obj.dense = args.clone();
        }
        obj.defineOwn("length", args.length, Shape.WRITABLE | Shape.CONFIGURABLE);
        obj.defineOwn(Symbol.ITERATOR, realm.arrayProtoValues, Shape.WRITABLE | Shape.CONFIGURABLE);
        if (mask == 0) {
            obj.defineAccessor("callee", realm.throwTypeError, realm.throwTypeError, 0);
        } else {
            obj.defineOwn("callee", frame.function, Shape.WRITABLE | Shape.CONFIGURABLE);
        }
        return obj;
    }

    /** An unmapped arguments object: ordinary, but with [[ParameterMap]] for Object.prototype.toString (20.1.3.6). */
    static final class UnmappedArguments extends JSObject {
        UnmappedArguments(Shape shape) {
            super(shape);
        }

        @Override
        public String builtinTag() {
            return "Arguments";
        }
    }

    /**
     * A mapped arguments object: index i (a mapped parameter) reads and writes the parameter's
     * register (or its Cell) until the index is deleted or redefined as an accessor or read-only.
     */
    static final class MappedArguments extends JSObject {
        private final Object[] regs;
        private int mapped;

        MappedArguments(Shape shape, Object[] regs, int mask, int argc) {
            super(shape, true);
            this.regs = regs;
            int m = mask;
            if (argc < 31) {
                m &= (1 << argc) - 1;
            }
            this.mapped = m;
        }

        @Override
        public String builtinTag() {
            return "Arguments";
        }

        private boolean isMapped(Object key) {
            if (!PropertyKey.isIndex(key)) {
                return false;
            }
            long i = PropertyKey.index(key);
            return i < 31 && (mapped & (1 << i)) != 0;
        }

        private Object read(int i) {
            Object v = regs[i];
            return v instanceof Cell c ? c.value : v;
        }

        private void write(int i, Object value) {
            if (regs[i] instanceof Cell c) {
                c.value = value;
            } else {
                regs[i] = value;
            }
        }

        private void unmap(Object key) {
            mapped &= ~(1 << (int) PropertyKey.index(key));
        }

        @Override
        public PropertyDescriptor getOwnProperty(Realm realm, Object key) {
            PropertyDescriptor d = super.getOwnProperty(realm, key);
            if (d != null && isMapped(key)) {
                d.setValue(read((int) PropertyKey.index(key)));
            }
            return d;
        }

        @Override
        public boolean defineOwnProperty(Realm realm, Object key, PropertyDescriptor desc) {
            boolean isMapped = isMapped(key);
            PropertyDescriptor newDesc = desc;
            if (isMapped && desc.isDataDescriptor() && !desc.hasValue() && desc.hasWritable() && !desc.writable()) {
                newDesc = copy(desc).setValue(read((int) PropertyKey.index(key)));
            }
            if (!ordinaryDefineOwnProperty(key, newDesc)) {
                return false;
            }
            if (isMapped) {
                if (desc.isAccessorDescriptor()) {
                    unmap(key);
                } else {
                    if (desc.hasValue()) {
                        write((int) PropertyKey.index(key), desc.value());
                    }
                    if (desc.hasWritable() && !desc.writable()) {
                        unmap(key);
                    }
                }
            }
            return true;
        }

        private static PropertyDescriptor copy(PropertyDescriptor d) {
            PropertyDescriptor c = new PropertyDescriptor();
            if (d.hasWritable()) {
                c.setWritable(d.writable());
            }
            if (d.hasEnumerable()) {
                c.setEnumerable(d.enumerable());
            }
            if (d.hasConfigurable()) {
                c.setConfigurable(d.configurable());
            }
            return c;
        }

        @Override
        public Object get(Realm realm, Object key, Object receiver) {
            if (isMapped(key) && elementValue(PropertyKey.index(key)) != null) {
                return read((int) PropertyKey.index(key));
            }
            return super.get(realm, key, receiver);
        }

        @Override
        public boolean set(Realm realm, Object key, Object value, Object receiver) {
            if (receiver == this && isMapped(key)) {
                if (!super.set(realm, key, value, receiver)) {
                    return false;
                }
                write((int) PropertyKey.index(key), value);
                return true;
            }
            return super.set(realm, key, value, receiver);
        }

        @Override
        public boolean delete(Realm realm, Object key) {
            boolean isMapped = isMapped(key);
            boolean result = super.delete(realm, key);
            if (result && isMapped) {
                unmap(key);
            }
            return result;
        }
    }

    static Object undefinedIfNull(Object v) {
        return v == null ? Undefined.INSTANCE : v;
    }
}
