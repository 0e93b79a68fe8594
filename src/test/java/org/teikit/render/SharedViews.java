package org.teikit.render;

/** One compiled Views for the whole test run, as an application would hold it. */
final class SharedViews {
    static final Views VIEWS = Views.compile();

    private SharedViews() {}
}
