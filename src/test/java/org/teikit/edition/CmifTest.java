package org.teikit.edition;

import nu.xom.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.cli.ExitCode;
import org.teikit.cli.TeikitCommand;
import org.teikit.source.SourceDocument;
import org.teikit.testing.TeiAll;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.teikit.testing.Fixtures.*;
import static org.teikit.testing.TeiAssert.assertXPath;

class CmifTest {

    private static void write(Path dir, SourceDocument doc) throws Exception {
        Files.write(dir.resolve(doc.source().baseName() + ".xml"), convert(doc).tei().toBytes());
    }

    private static Path edition(Path dir) throws Exception {
        write(dir, source("000_"));
        write(dir, source("001_"));
        write(dir, source("002_"));        // a memorandum: no letters
        write(dir, source("004_"));
        return dir;
    }

    @Test
    void folderOfTeiBecomesOneValidCmifFileWithEveryLetter(@TempDir Path dir) throws Exception {
        Cmif.Result r = Cmif.build(List.of(edition(dir)), new Cmif.Options("Letters", "https://example.org/tei/", null, null));
        String xml = new String(r.toBytes(), StandardCharsets.UTF_8);
        TeiAll.assertValid(xml);
        assertEquals(4, r.files());
        assertEquals(9, r.letters());                    // 1 + 1 + 7
        Document d = r.document();
        assertEquals(9, count(d, "/t:TEI/t:teiHeader/t:profileDesc/t:correspDesc"));
        assertEquals(4, count(d, "//t:sourceDesc/t:bibl[@type='online']"));
        List<String> refs = values(d, "//t:correspDesc/@ref");
        assertTrue(refs.contains("https://example.org/tei/000_0d24a9894c708a80.xml#transcript"), refs.toString());
        assertTrue(refs.contains("https://example.org/tei/004_1bcd9bd581a37dee.xml#letter-4a"), refs.toString());
        for (String source : values(d, "//t:correspDesc/@source")) {
            assertEquals(1, count(d, "//t:bibl[@xml:id='" + source.substring(1) + "']"), source + " points at a bibl");
        }
        assertEquals("https://example.org/tei/004_1bcd9bd581a37dee.xml#steinhardt",
                value(d, "//t:correspDesc[contains(@ref,'#letter-4a')]/t:correspAction[@type='sent']/t:persName/@ref"));
        assertEquals("1941-11-02", value(d, "//t:correspDesc[contains(@ref,'#letter-4a')]/t:correspAction[@type='sent']/t:date/@when"));
        assertEquals(Cmif.CC_BY, value(d, "//t:publicationStmt/t:availability/t:licence/@target"));
        assertEquals(0, count(d, "//t:publicationStmt/t:date"), "no date unless asked: reproducible output");
        for (String resp : values(d, "//@resp")) {
            assertEquals(1, count(d, "//*[@xml:id='" + resp.substring(1) + "']"), resp + " resolves inside the CMIF file");
        }
        assertEquals(1, count(d, "//t:correspDesc//t:date[@resp='#teikit']"), "001's page date is inferred");
    }

    @Test
    void outputIsTheSameForTheSameInput(@TempDir Path dir) throws Exception {
        edition(dir);
        byte[] a = Cmif.build(List.of(dir), Cmif.Options.defaults()).toBytes();
        byte[] b = Cmif.build(List.of(dir), Cmif.Options.defaults()).toBytes();
        assertEquals(new String(a, StandardCharsets.UTF_8), new String(b, StandardCharsets.UTF_8));
    }

    @Test
    void commandWritesTheFileAndReportsTheCount(@TempDir Path dir) throws Exception {
        Path tei = Files.createDirectory(dir.resolve("tei"));
        edition(tei);
        Path out = dir.resolve("cmif.xml");
        StringWriter err = new StringWriter();
        var cl = TeikitCommand.commandLine();
        cl.setErr(new PrintWriter(err));
        int code = cl.execute("cmif", tei.toString(), "-o", out.toString(), "--date", "2026-11-23");
        assertEquals(ExitCode.OK, code, err.toString());
        assertTrue(err.toString().contains("9 letters from 4 TEI files"), err.toString());
        String xml = Files.readString(out);
        TeiAll.assertValid(xml);
        assertXPath(xml, "//tei:date[@when = '2026-11-23'][not(node())]");
    }

    @Test
    void malformedTeiIsAnErrorNamingTheFileAndNothingIsWritten(@TempDir Path dir) throws Exception {
        Path tei = Files.createDirectory(dir.resolve("tei"));
        Files.writeString(tei.resolve("broken.xml"), "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">\n<teiHeader>\n</TEI>");
        Path out = dir.resolve("cmif.xml");
        StringWriter err = new StringWriter();
        var cl = TeikitCommand.commandLine();
        cl.setErr(new PrintWriter(err));
        assertEquals(ExitCode.ERROR, cl.execute("cmif", tei.toString(), "-o", out.toString()));
        assertTrue(err.toString().contains("broken.xml:3:"), err.toString());
        assertFalse(Files.exists(out));
    }

    @Test
    void doctypeDeclarationsAreRefused(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("entity.xml");
        Files.writeString(f, "<!DOCTYPE TEI [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">&x;</TEI>");
        CmifException e = org.junit.jupiter.api.Assertions.assertThrows(CmifException.class,
                () -> Cmif.build(List.of(f), Cmif.Options.defaults()));
        assertTrue(e.getMessage().startsWith(f.toString()), e.getMessage());
    }
}
