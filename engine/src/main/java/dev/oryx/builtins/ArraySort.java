package dev.oryx.builtins;

import dev.oryx.interp.Callback;
import dev.oryx.object.JSFunction;
import dev.oryx.object.JSObject;
import dev.oryx.runtime.Conversions;
import dev.oryx.runtime.Realm;
import dev.oryx.runtime.Symbol;
import dev.oryx.runtime.Undefined;

/**
 * The sorting part of Array.prototype.sort (23.1.3.28): SortCompare and a stable merge sort.
 *
 * <p>{@code java.util.Arrays.sort} is not used because TimSort throws on comparators that are
 * not consistent, which JavaScript allows (the order is then implementation-defined, but the
 * sort must finish). A comparator's exception stops the sort at once and propagates.
 */
final class ArraySort {
    private ArraySort() {
    }

    /** A comparison that may call user code: negative, zero or positive. */
    @FunctionalInterface
    interface Comparison {
        double compare(Object x, Object y);
    }

    /**
     * Sorts {@code items[0..n)} as SortCompare orders them: undefined values last, the others by
     * the comparator, or by their strings when {@code comparefn} is undefined. Holes were already
     * left out by the caller.
     */
    static void sort(Realm realm, Object[] items, int n, Object comparefn) {
        int defined = 0;
        for (int i = 0; i < n; i++) {
            if (items[i] != Undefined.INSTANCE) {
                items[defined++] = items[i];
            }
        }
        for (int i = defined; i < n; i++) {
            items[i] = Undefined.INSTANCE;
        }
        if (defined < 2) {
            return;
        }
        if (comparefn instanceof JSFunction f) {
            sortWithComparator(realm, items, defined, f);
        } else if (allPrimitive(items, defined)) {
            // ToString of a primitive runs no user code, so each string can be computed once
            sortByStrings(realm, items, defined);
        } else {
            mergeSort(items, defined, (x, y) -> Conversions.toString(realm, x).compareTo(Conversions.toString(realm, y)));
        }
    }

    /**
     * Sorts {@code items[0..n)}, none undefined, with the comparator {@code f}. Numbers are
     * sorted as a {@code double[]}: the values stay side by side in memory as they move, where
     * boxes scattered over the heap would cost a cache miss per comparison, and the comparator
     * gets each value boxed afresh, which JavaScript cannot tell from the original (or, from a
     * number leaf, unboxed: {@link Callback#callForNumber}).
     */
    static void sortWithComparator(Realm realm, Object[] items, int n, JSFunction f) {
        Callback cb = Callback.of(f);
        if (allNumbers(items, n)) {
            double[] a = new double[n];
            for (int i = 0; i < n; i++) {
                a[i] = Conversions.numberValue(items[i]);
            }
            int sign = cb.subtraction();
            if (sign == 0 || !sortBySubtraction(a, sign)) {
                mergeSort(a, new double[n], 0, n, (x, y) -> compareResult(cb.callForNumber(x, y)));
            }
            for (int i = 0; i < n; i++) {
                items[i] = Conversions.number(a[i]);
            }
        } else {
            mergeSort(items, n, (x, y) -> compareResult(Conversions.toNumber(realm, cb.call(Undefined.INSTANCE, x, y))));
        }
    }

    /**
     * Sorts Numbers for a comparator that subtracts them ({@link Callback#subtraction}: ascending
     * for 1, descending for -1) with the JDK's sort of doubles, without calling it; false, with
     * {@code a} unchanged, when that could give another order than the stable sort. For Numbers
     * other than NaN, {@code x - y} is negative, zero or positive exactly as x is less than,
     * equal to or greater than y (gradual underflow: the difference of two different doubles is
     * never 0), so the comparator is consistent and a stable sort's result is the values in
     * numeric order, equal ones in their original order. Equal Numbers are the same value except
     * +0 and -0, so without NaN (which compares equal to everything) and -0 any correct sort gives
     * that result.
     */
    private static boolean sortBySubtraction(double[] a, int sign) {
        for (double v : a) {
            if (v != v || (v == 0 && Double.doubleToRawLongBits(v) != 0)) {
                return false;
            }
        }
        java.util.Arrays.sort(a);
        if (sign < 0) {
            for (int i = 0, j = a.length - 1; i < j; i++, j--) {
                double t = a[i];
                a[i] = a[j];
                a[j] = t;
            }
        }
        return true;
    }

    /** SortCompare's use of the comparator's result (after ToNumber): NaN counts as 0. */
    private static double compareResult(double v) {
        return Double.isNaN(v) ? 0 : v;
    }

    private static boolean allNumbers(Object[] items, int n) {
        for (int i = 0; i < n; i++) {
            if (!(items[i] instanceof Integer || items[i] instanceof Double)) {
                return false;
            }
        }
        return true;
    }

    @FunctionalInterface
    interface NumberComparison {
        double compare(double x, double y);
    }

    /**
     * {@link #mergeSort(Object[], int, Comparison)} over a {@code double[]}: the same steps, so
     * the same comparisons in the same order, on unboxed values (Java has no generics over
     * primitive arrays; the JDK's own sorts are written once per element type too).
     */
    private static void mergeSort(double[] a, double[] buffer, int from, int to, NumberComparison cmp) {
        if (to - from <= INSERTION_THRESHOLD) {
            for (int i = from + 1; i < to; i++) {
                double x = a[i];
                int lo = from;
                int hi = i;
                while (lo < hi) {
                    int mid = (lo + hi) >>> 1;
                    if (cmp.compare(a[mid], x) > 0) {
                        hi = mid;
                    } else {
                        lo = mid + 1;
                    }
                }
                System.arraycopy(a, lo, a, lo + 1, i - lo);
                a[lo] = x;
            }
            return;
        }
        int mid = (from + to) >>> 1;
        mergeSort(a, buffer, from, mid, cmp);
        mergeSort(a, buffer, mid, to, cmp);
        if (cmp.compare(a[mid - 1], a[mid]) <= 0) {
            return;
        }
        System.arraycopy(a, from, buffer, from, mid - from);
        int i = from;
        int j = mid;
        int k = from;
        while (i < mid && j < to) {
            if (cmp.compare(buffer[i], a[j]) > 0) {
                a[k++] = a[j++];
            } else {
                a[k++] = buffer[i++];
            }
        }
        while (i < mid) {
            a[k++] = buffer[i++];
        }
    }

    private static boolean allPrimitive(Object[] items, int n) {
        for (int i = 0; i < n; i++) {
            if (items[i] instanceof JSObject || items[i] instanceof Symbol) {
                return false;
            }
        }
        return true;
    }

    private static void sortByStrings(Realm realm, Object[] items, int n) {
        Object[] keyed = new Object[n];
        for (int i = 0; i < n; i++) {
            keyed[i] = new Keyed(Conversions.toString(realm, items[i]), items[i]);
        }
        // String.compareTo orders by UTF-16 code units, as the spec's IsLessThan on strings does
        mergeSort(keyed, n, (x, y) -> ((Keyed) x).key.compareTo(((Keyed) y).key));
        for (int i = 0; i < n; i++) {
            items[i] = ((Keyed) keyed[i]).value;
        }
    }

    private record Keyed(String key, Object value) {
    }

    /** A stable merge sort of {@code a[0..n)}: equal elements keep their order. */
    static void mergeSort(Object[] a, int n, Comparison cmp) {
        Object[] buffer = new Object[n];
        mergeSort(a, buffer, 0, n, cmp);
    }

    private static final int INSERTION_THRESHOLD = 16;

    private static void mergeSort(Object[] a, Object[] buffer, int from, int to, Comparison cmp) {
        if (to - from <= INSERTION_THRESHOLD) {
            insertionSort(a, from, to, cmp);
            return;
        }
        int mid = (from + to) >>> 1;
        mergeSort(a, buffer, from, mid, cmp);
        mergeSort(a, buffer, mid, to, cmp);
        if (cmp.compare(a[mid - 1], a[mid]) <= 0) {
            return;
        }
        System.arraycopy(a, from, buffer, from, mid - from);
        int i = from;
        int j = mid;
        int k = from;
        while (i < mid && j < to) {
            // take from the right only when strictly smaller: that keeps the sort stable
            if (cmp.compare(buffer[i], a[j]) > 0) {
                a[k++] = a[j++];
            } else {
                a[k++] = buffer[i++];
            }
        }
        while (i < mid) {
            a[k++] = buffer[i++];
        }
    }

    /**
     * Binary insertion sort: comparisons (calls of the user's comparator) cost far more than
     * moves, and a binary search needs about log2(i) of them per element instead of i/2. The
     * search finds the first element greater than {@code x}, so equal elements keep their order.
     */
    private static void insertionSort(Object[] a, int from, int to, Comparison cmp) {
        for (int i = from + 1; i < to; i++) {
            Object x = a[i];
            int lo = from;
            int hi = i;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (cmp.compare(a[mid], x) > 0) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            System.arraycopy(a, lo, a, lo + 1, i - lo);
            a[lo] = x;
        }
    }
}
