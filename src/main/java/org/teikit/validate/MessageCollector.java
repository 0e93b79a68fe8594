package org.teikit.validate;

import java.util.ArrayList;
import java.util.List;
import org.teikit.tei.IncludedNames;

/**
 * Messages of one file, capped: building Jing's messages dominates the cost of badly broken files, so past the
 * cap the caller stops asking for more. The verdict still counts what is not shown.
 */
final class MessageCollector {
    private final String file;
    private final IncludedNames names;
    private final int cap;
    private final List<Message> shown = new ArrayList<>();
    private boolean failed;
    private boolean fatal;
    private boolean truncated;

    MessageCollector(String file, int cap) {
        this(file, IncludedNames.none(file), cap);
    }

    /** Messages whose position names a file included into {@code file} are reported under that file's name. */
    MessageCollector(String file, IncludedNames names, int cap) {
        this.file = file;
        this.names = names;
        this.cap = cap;
    }

    void add(int line, int column, Severity severity, String text, MessageSource source) {
        add(null, line, column, severity, text, source);
    }

    /** A message at a position of the parse: {@code systemId} is the locator's (null: the document itself). */
    void add(String systemId, int line, int column, Severity severity, String text, MessageSource source) {
        add(line, column, severity, text, source, names.of(systemId));
    }

    /** A message found by an earlier pass, kept as it was (its file too). */
    void add(Message m) {
        add(m.line(), m.column(), m.severity(), m.text(), m.source(), m.file());
    }

    private void add(int line, int column, Severity severity, String text, MessageSource source, String named) {
        if (severity.failsFile()) failed = true;
        if (severity == Severity.FATAL) fatal = true;
        // a fatal error is the one message past the cap that is always shown: it says why the file has no verdict
        if (shown.size() >= cap && severity != Severity.FATAL) {
            truncated = true;
            return;
        }
        shown.add(new Message(named, line, column, severity, text, source));
    }

    /** Whether a message was dropped for the cap; further checks would only produce messages nobody sees. */
    boolean overflowed() {
        return truncated;
    }

    /** How many messages are shown so far. */
    int size() {
        return shown.size();
    }

    boolean hasFatal() {
        return fatal;
    }

    FileResult result() {
        return new FileResult(file, !failed, shown, truncated);
    }
}
