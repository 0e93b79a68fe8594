package org.teikit.convert.conventions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The decisions a conversion took from the evidence in one document, each with its source line and its
 * reason (which lines are speaker labels and why, which definition went to which reference, where each
 * letter begins), and the warnings about what it could not do. {@code teikit convert --explain} prints it.
 * One per conversion, confined to its thread.
 */
public final class Explanation {
    /** One decision or warning: the 1-based source line it concerns (0 for the whole document). */
    public record Entry(int line, String topic, String text, boolean warning) {}

    private final List<Entry> entries = new ArrayList<>();

    public void decided(int line, String topic, String text) {
        entries.add(new Entry(line, topic, text, false));
    }

    public void warn(int line, String topic, String text) {
        entries.add(new Entry(line, topic, text, true));
    }

    /** Every entry, by source line (document-wide decisions first), in the order taken within a line. */
    public List<Entry> entries() {
        List<Entry> out = new ArrayList<>(entries);
        out.sort(Comparator.comparingInt(Entry::line));
        return out;
    }

    public List<Entry> warnings() {
        return entries().stream().filter(Entry::warning).toList();
    }
}
