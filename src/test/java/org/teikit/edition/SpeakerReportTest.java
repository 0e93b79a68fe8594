package org.teikit.edition;

import nu.xom.Builder;
import nu.xom.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.cli.ExitCode;
import org.teikit.cli.TeikitCommand;
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
        Cli c = new Cli();
        assertEquals(ExitCode.OK, c.speakers(good));
        assertTrue(c.out().contains("#mao-zedong") && c.out().contains("9 words"), c.out());
        assertEquals(ExitCode.ERROR, c.speakers(bad));
        assertTrue(c.err().contains("bad.xml:1:"), c.err());
    }

    @Test
    void commandReadsNoExternalEntityAndSaysWhenAFileHasNoTurns(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOPSECRET");
        Path xxe = Files.writeString(dir.resolve("xxe.xml"), "<!DOCTYPE TEI [<!ENTITY s SYSTEM \"" + secret.toUri() + "\">]>\n"
                + TEI.replace("We agree", "We agree &s;"));
        Path silent = Files.writeString(dir.resolve("silent.xml"), "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body><p>Prose.</p></body></text></TEI>");
        Cli c = new Cli();
        assertEquals(ExitCode.ERROR, c.speakers(xxe));
        assertTrue(c.err().contains("xxe.xml:1:"), c.err());
        assertFalse(c.out().contains("#stalin"), "a document with a DOCTYPE is refused, not counted: " + c.out());

        assertEquals(ExitCode.OK, c.speakers(silent));
        assertTrue(c.err().contains("silent.xml: no speech turns"), c.err());
    }

    /** The command line with its output and errors kept. */
    private static final class Cli {
        private final StringWriter out = new StringWriter(), err = new StringWriter();
        private final CommandLine cl = TeikitCommand.commandLine();

        Cli() {
            cl.setOut(new PrintWriter(out));
            cl.setErr(new PrintWriter(err));
        }

        int speakers(Path file) { return cl.execute("speakers", file.toString()); }
        String out() { return out.toString(); }
        String err() { return err.toString(); }
    }
}
