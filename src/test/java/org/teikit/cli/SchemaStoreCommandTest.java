package org.teikit.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.validate.TestFiles;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Files that name their schema by a tei-c.org URL: no verdict without a local copy, the right one with it. */
class SchemaStoreCommandTest {
    private static final String RELEASE = "http://www.tei-c.org/release/xml/tei/custom/schema/relaxng/tei_all.rng";
    private static final String VAULT = "https://vault.tei-c.org/P5/4.8.0/xml/tei/custom/schema/relaxng/tei_all.rng";

    @TempDir Path dir;
    private StringWriter out, err;
    private String before;

    @BeforeEach
    void ownStore() {
        before = System.getProperty("teikit.schema.store");
        System.setProperty("teikit.schema.store", dir.resolve("store").toString());
    }

    @AfterEach
    void restore() {
        if (before == null) System.clearProperty("teikit.schema.store");
        else System.setProperty("teikit.schema.store", before);
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine cl = TeikitCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private Path tei(String name, String href) throws Exception {
        return Files.writeString(dir.resolve(name), "<?xml version=\"1.0\"?>\n<?xml-model href=\"" + href + "\" "
                + "schematypens=\"http://relaxng.org/ns/structure/1.0\"?>\n<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">"
                + "<teiHeader><fileDesc><titleStmt><title>T</title></titleStmt><publicationStmt><p>P</p></publicationStmt>"
                + "<sourceDesc><p>S</p></sourceDesc></fileDesc></teiHeader><text><body><p>Hi</p></body></text></TEI>\n");
    }

    @Test
    void aTeiConsortiumUrlWithoutALocalCopyGivesNoVerdictAndSaysHowToFixIt() throws Exception {
        Path f = tei("a.xml", RELEASE);
        assertEquals(2, run("validate", "--no-schematron", f.toString()), out + "" + err);
        assertTrue(out.toString().contains(RELEASE), out.toString());
        assertTrue(out.toString().contains("0 valid, 0 invalid, 1 without a verdict"), out.toString());
        assertTrue(err.toString().contains("teikit schema add URL FILE"), err.toString());
    }

    @Test
    void oneRegisteredCopyAnswersEveryFormOfTheUrl() throws Exception {
        assertEquals(0, run("schema", "add", RELEASE, TestFiles.teiAll().toString()), err.toString());
        assertEquals(0, run("schema", "list"), err.toString());
        assertTrue(out.toString().startsWith(RELEASE + " → "), out.toString());
        Path release = tei("release.xml", RELEASE), vault = tei("vault.xml", VAULT);
        assertEquals(0, run("validate", "--no-schematron", release.toString(), vault.toString()), out + "" + err);
        assertTrue(out.toString().contains("2 valid, 0 invalid"), out.toString());
    }

    @Test
    void aMissingLocalSchemaGivesNoVerdictLikeAMissingSchemaOption() throws Exception {
        Path f = tei("m.xml", "missing.rng");
        assertEquals(2, run("validate", "--no-schematron", f.toString()), out + "" + err);
        assertTrue(out.toString().contains("missing.rng"), out.toString());
        assertEquals(2, run("validate", "--schema", dir.resolve("missing.rng").toString(), f.toString()));
    }
}
