package io.chipwatch.signal;

import java.util.AbstractList;
import java.util.function.IntFunction;

/**
 * A fixed-size list whose elements are computed on first access and kept. The detector needs a
 * sentence's actor candidates only when that sentence, or one shortly after it, has a trigger;
 * most sentences have none.
 */
final class LazyList<T> extends AbstractList<T> {

    private final Object[] values;
    private final boolean[] computed;
    private final IntFunction<T> compute;

    LazyList(int size, IntFunction<T> compute) {
        this.values = new Object[size];
        this.computed = new boolean[size];
        this.compute = compute;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T get(int index) {
        if (!computed[index]) {
            values[index] = compute.apply(index);
            computed[index] = true;
        }
        return (T) values[index];
    }

    @Override
    public int size() {
        return values.length;
    }
}
