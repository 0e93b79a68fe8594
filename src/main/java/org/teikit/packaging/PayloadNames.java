package org.teikit.packaging;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/** How a bag names its files: relative, with {@code /} between folders, whatever the platform. */
final class PayloadNames {
    private PayloadNames() {}

    static String of(Path relative) {
        return StreamSupport.stream(relative.spliterator(), false).map(Path::toString).collect(Collectors.joining("/"));
    }

    /**
     * The names among {@code relative} that bagit-java 5.2.0 would write wrongly: RFC 8493 §2.1.3 has a manifest
     * percent-encode {@code %} in a file name (as {@code %25}), and bagit-java encodes only line breaks, so another
     * tool would read {@code a%25b} in such a manifest as {@code a%b}. Such a file is refused, not mis-listed.
     */
    static List<String> unlistable(List<String> relative) {
        return relative.stream().filter(n -> n.indexOf('%') >= 0).toList();
    }
}
