package org.teikit.edition;

import nu.xom.Document;
import nu.xom.Nodes;
import nu.xom.XPathContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.teikit.testing.TeiAll;
import org.teikit.tei.Tei;
import org.teikit.tei.TeiReader;
import org.teikit.validate.FileResult;
import org.teikit.validate.Schemas;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/** The committed edition in tei/: conformant, clean of transcription syntax, and what teikit produces now. */
class CommittedEditionTest {
    static final Path TEI = Path.of("tei");
    static List<Path> files;

    @BeforeAll
    static void list() throws Exception {
        try (Stream<Path> s = Files.list(TEI)) {
            files = s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
        assertEquals(6, files.size(), "five documents and the persons index");
    }

    @Test
    void everyFileIsValidAgainstTeiAll() throws Exception {
        for (Path f : files) assertEquals(List.of(), TeiAll.errors(Files.readAllBytes(f)), f.toString());
    }

    @Test
    void everyFileIsValidAgainstTheProjectSchemaAndItsSchematron() throws Exception {
        var validator = Schemas.builder().build().newValidator();
        for (Path f : files) {
            FileResult r = validator.validate(f);
            assertTrue(r.valid() && r.messages().isEmpty(), f + ": " + r.messages());
        }
    }

    /** Brackets, inline HTML, markdown emphasis and escapes, layout characters: none may reach the text. */
    @Test
    void noTranscriptionSyntaxSurvivesAsLiteralText() throws Exception {
        Pattern debris = Pattern.compile("\\[|\\]|</?(?:u|sup|sub|b|i)>|~~|\\*\\*|(?<![\\w*])\\*(?=\\w)|\\\\[$*_\\[\\]]|□|_{2,}|^#{1,6} ");
        XPathContext tei = new XPathContext("t", Tei.NS);
        List<String> found = new ArrayList<>();
        for (Path f : files) {
            if (f.getFileName().toString().equals(PersonsIndex.FILE_NAME)) continue;   // quotes name forms as printed
            Document d = TeiReader.read(f);
            Nodes texts = d.query("/t:TEI/t:text//text()", tei);
            for (int i = 0; i < texts.size(); i++) {
                Matcher m = debris.matcher(texts.get(i).getValue());
                if (m.find()) found.add(f.getFileName() + ": '" + m.group() + "' in: " + texts.get(i).getValue().strip());
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void theCommittedFilesAreWhatTheConverterProducesNow() {
        List<Path> sources;
        try (Stream<Path> s = Files.list(Path.of("sources"))) {
            sources = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        List<String> changed = new ArrayList<>();
        for (Edition.Outcome o : Edition.standard().convert(sources, TEI, Edition.Options.defaults().withDryRun(true))) {
            if (o.status() != Edition.Status.UNCHANGED) changed.add(o.source() + ": " + o.status() + " " + o.message());
        }
        assertEquals(List.of(), changed, "run ./teikit build and commit tei/");
    }
}
