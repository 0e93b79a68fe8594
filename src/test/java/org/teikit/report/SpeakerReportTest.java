package org.teikit.report;

import nu.xom.Builder;
import nu.xom.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.cli.Teikit;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class SpeakerReportTest {
    private static final String TEI = """
            <TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body>
              <div type="conversation" n="I"><head>I: Talks</head>
                <p>After greetings the talk began.</p>
                <sp who="#stalin"><speaker>Comrade Stalin</speaker><p>We agree <note type="source">a note of five words</note>with you.</p></sp>
                <sp who="#mao-zedong"><p><persName ref="#mao-zedong">Mao</persName> thanks him for the <supplied>kind</supplied> help.</p>
                  <fw type="header">CHINESE</fw><p>Asks about <choice><orig>wolfram</orig><reg>tungsten</reg></choice>.</p></sp>
                <sp who="#stalin"><p>Yes.</p></sp>
              </div>
              <div type="commentary"><p>No turns here.</p></div>
            </body></text></TEI>""";

    private static Document parse(String xml) throws Exception {
        return new Builder().build(new StringReader(xml));
    }

    @Test
    void countsTurnsAndSpokenWordsPerSpeakerAndDivision() throws Exception {
        SpeakerReport r = SpeakerReport.of(parse(TEI));
        assertEquals(1, r.divisions().size(), "only divisions with turns");
        SpeakerReport.Division d = r.divisions().get(0);
        assertEquals("conversation", d.type());
        assertEquals("I", d.n());
        assertEquals(List.of(new SpeakerReport.Speaker("#stalin", 2, 5), new SpeakerReport.Speaker("#mao-zedong", 1, 9)), d.speakers());
    }

    @Test
    void formatNamesTheDivisionAndEachSpeaker() throws Exception {
        String text = SpeakerReport.of(parse(TEI)).format();
        assertTrue(text.startsWith("conversation I — I: Talks\n"), text);
        assertTrue(text.contains("#stalin") && text.contains("2 turns") && text.contains("5 words"), text);
    }

    @Test
    void commandPrintsTheReportAndFailsCleanlyOnBadInput(@TempDir Path dir) throws Exception {
        Path good = Files.writeString(dir.resolve("t.xml"), TEI);
        Path bad = Files.writeString(dir.resolve("bad.xml"), "<TEI><unclosed></TEI>");
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cli = Teikit.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        assertEquals(Teikit.OK, cli.execute("speakers", good.toString()));
        assertTrue(out.toString().contains("#mao-zedong") && out.toString().contains("9 words"), out.toString());
        assertEquals(Teikit.ERROR, cli.execute("speakers", bad.toString()));
        assertTrue(err.toString().contains("bad.xml:1:"), err.toString());
    }

    @Test
    void commandReadsNoExternalEntityAndSaysWhenAFileHasNoTurns(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOPSECRET");
        Path xxe = Files.writeString(dir.resolve("xxe.xml"), "<!DOCTYPE TEI [<!ENTITY s SYSTEM \"" + secret.toUri() + "\">]>\n"
                + TEI.replace("We agree", "We agree &s;"));
        Path silent = Files.writeString(dir.resolve("silent.xml"), "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body><p>Prose.</p></body></text></TEI>");
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cli = Teikit.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));

        assertEquals(Teikit.ERROR, cli.execute("speakers", xxe.toString()));
        assertTrue(err.toString().contains("xxe.xml:1:"), err.toString());
        assertFalse(out.toString().contains("#stalin"), "a document with a DOCTYPE is refused, not counted: " + out);

        assertEquals(Teikit.OK, cli.execute("speakers", silent.toString()));
        assertTrue(err.toString().contains("silent.xml: no speech turns"), err.toString());
    }
}
