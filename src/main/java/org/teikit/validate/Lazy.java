package org.teikit.validate;

/**
 * A value computed on first use, at most once, failure included (a schema, a stylesheet, a run's vocabulary), by
 * whichever thread asks first; the others wait for it.
 */
final class Lazy<T> {
    interface Compute<T> {
        T get() throws SchemaException;
    }

    private final Compute<T> compute;
    private T value;
    private SchemaException failure;
    private boolean done;

    Lazy(Compute<T> compute) {
        this.compute = compute;
    }

    synchronized T get() throws SchemaException {
        if (!done) {
            try {
                value = compute.get();
            } catch (SchemaException e) {
                failure = e;
            } catch (RuntimeException e) {
                failure = new SchemaException(e.getMessage() == null ? e.toString() : e.getMessage(), e);
            }
            done = true;
        }
        if (failure != null) throw failure;
        return value;
    }
}
