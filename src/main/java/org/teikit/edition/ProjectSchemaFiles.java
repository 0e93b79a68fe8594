package org.teikit.edition;

import org.teikit.tei.AtomicFiles;
import org.teikit.tei.TeiDocument;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The schema files teikit's TEI names in its {@code xml-model} instructions ({@code ../schema/teikit.rnc} and
 * {@code .sch}), copied from the jar into an edition folder that lacks them: without them the edition's files
 * name a schema that is not there, for teikit, Jing and oXygen alike. A file already present is the edition's
 * own (perhaps customized) and is never replaced.
 */
public final class ProjectSchemaFiles {
    private ProjectSchemaFiles() {}

    /** The hrefs of the TEI files' instructions (relative to the TEI file), and the file names they point at. */
    private static final List<String> HREFS = List.of(TeiDocument.SCHEMA_RNC, TeiDocument.SCHEMA_SCH);
    static final List<String> NAMED = HREFS.stream().map(href -> href.substring(href.lastIndexOf('/') + 1)).toList();

    /** Writes each missing file into {@code schemaDir}; returns those written, none if all were there. */
    public static List<Path> installMissing(Path schemaDir) throws IOException {
        List<Path> written = new ArrayList<>();
        for (String name : NAMED) {
            Path target = schemaDir.resolve(name);
            if (Files.exists(target)) continue;
            AtomicFiles.write(target, shipped(name));
            written.add(target);
        }
        return written;
    }

    /** The named files a TEI file written into {@code teiDir} would not find (the hrefs are relative to it). */
    public static List<Path> missingFor(Path teiDir) {
        List<Path> missing = new ArrayList<>();
        for (String href : HREFS) {
            Path p = teiDir.resolve(href).normalize();
            if (!Files.exists(p)) missing.add(p);
        }
        return missing;
    }

    private static byte[] shipped(String name) throws IOException {
        try (InputStream in = ProjectSchemaFiles.class.getResourceAsStream("/org/teikit/schema/" + name)) {
            if (in == null) throw new IllegalStateException("the project schema " + name + " is missing from teikit's jar");
            return in.readAllBytes();
        }
    }
}
