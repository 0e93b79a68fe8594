package org.teikit.validate;

import java.util.List;

/**
 * The outcome for one file.
 *
 * @param messages  in the order found: well-formedness and grammar messages in document order, then Schematron
 * @param valid     no fatal error and no error (counting errors beyond the cap that are not shown)
 * @param truncated more messages existed than the per-file cap allowed to show
 */
public record FileResult(String file, boolean valid, List<Message> messages, boolean truncated) {

    public FileResult {
        messages = List.copyOf(messages);
    }

    public long errorCount() {
        return messages.stream().filter(m -> m.severity().failsFile()).count();
    }

    /**
     * The file got no verdict: a schema it names could not be used, or a file it includes could not be included, so
     * it was not (fully) checked.
     */
    public boolean unchecked() {
        return messages.stream().anyMatch(m -> (m.source() == MessageSource.SCHEMA || m.source() == MessageSource.INCLUDE)
                && m.severity().failsFile());
    }

    public long warningCount() {
        return messages.stream().filter(m -> m.severity() == Severity.WARNING).count();
    }
}
