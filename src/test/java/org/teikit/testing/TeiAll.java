package org.teikit.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.teikit.validate.SchemaException;
import org.teikit.validate.Schemas;

/**
 * The TEI Consortium's tei_all beside the clone ({@code ../shared/tei}, never copied into the repository). Its
 * grammar takes seconds to compile, so it is compiled by Jing once per JVM, with ID/IDREF checking as the jing
 * command does, and shared by every test; each validation gets a validator of its own, so tests may run in
 * parallel. A missing schema fails the test, never skips it.
 */
public final class TeiAll {
    private static volatile RelaxNg grammar;
    private static volatile Schemas teikitGrammar;

    private TeiAll() {}

    /** The {@code shared/} folder beside the clone (surefire and failsafe pass it as {@code teikit.shared}). */
    public static Path shared() {
        String shared = System.getProperty("teikit.shared");
        if (shared == null) fail("system property teikit.shared is not set (surefire sets it in teikit.pom.xml)");
        return Path.of(shared).toAbsolutePath().normalize();
    }

    /** A file under {@code shared/}, which must exist. */
    public static Path shared(String relative) {
        Path p = shared().resolve(relative);
        assertTrue(Files.isRegularFile(p), p + " is missing: the tests need ../shared beside the clone");
        return p;
    }

    /** tei_all.rng */
    public static Path rng() {
        return shared("tei/tei_all.rng");
    }

    /** tei_all.isosch: the TEI's own Schematron constraints */
    public static Path isosch() {
        return shared("tei/tei_all.isosch");
    }

    /** tei_all's grammar, compiled at the first call of the JVM. */
    public static RelaxNg grammar() {
        RelaxNg g = grammar;
        if (g == null) {
            synchronized (TeiAll.class) {
                if (grammar == null) grammar = RelaxNg.load(rng());
                g = grammar;
            }
        }
        return g;
    }

    /**
     * tei_all's grammar compiled by teikit's own validator (no Schematron), at the first call of the JVM: for the tests
     * of teikit's validation on the official schema. Shared like any {@code Schemas}; one validator per thread.
     */
    public static Schemas teikitGrammar() {
        Schemas s = teikitGrammar;
        if (s == null) {
            synchronized (TeiAll.class) {
                if (teikitGrammar == null) {
                    try {
                        teikitGrammar = Schemas.builder().schema(rng()).schematron(false).build();
                    } catch (SchemaException e) {
                        throw new AssertionError("teikit cannot compile " + rng() + ": " + e.getMessage(), e);
                    }
                }
                s = teikitGrammar;
            }
        }
        return s;
    }

    /** Jing's messages for a document against tei_all, each "line:column: message"; empty when valid. */
    public static List<String> errors(String xml) {
        return grammar().errorsInText(xml);
    }

    /** The same for a serialised document (its encoding declared inside). */
    public static List<String> errors(byte[] xml) {
        return grammar().errors(xml);
    }

    public static void assertValid(String xml) {
        List<String> e = errors(xml);
        if (!e.isEmpty()) fail("not valid against tei_all:\n  " + String.join("\n  ", e));
    }
}
