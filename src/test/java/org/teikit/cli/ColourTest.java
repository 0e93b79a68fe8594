package org.teikit.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.validate.Severity;
import picocli.CommandLine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** Severity and verdict words in colour on a terminal or with --color=always; never piped, never with --no-color or NO_COLOR. */
class ColourTest {
    private static final String ESC = "\033";

    @TempDir Path dir;

    @Test
    void theDecisionFollowsTheDocumentedPrecedence() {
        Map<String, String> none = Map.of(), noColor = Map.of("NO_COLOR", "1");
        assertFalse(Colour.decide(Colour.When.AUTO, none, false).on(), "piped: no colour");
        assertTrue(Colour.decide(Colour.When.AUTO, none, true).on(), "a terminal: colour");
        assertFalse(Colour.decide(Colour.When.AUTO, noColor, true).on(), "NO_COLOR wins over a terminal");
        assertTrue(Colour.decide(Colour.When.AUTO, Map.of("NO_COLOR", ""), true).on(), "an empty NO_COLOR does not count (no-color.org)");
        assertFalse(Colour.decide(Colour.When.AUTO, Map.of("TERM", "dumb"), true).on(), "a dumb terminal: no colour");
        assertTrue(Colour.decide(Colour.When.ALWAYS, noColor, false).on(), "--color=always wins over NO_COLOR and a pipe");
        assertFalse(Colour.decide(Colour.When.NEVER, none, true).on());
    }

    @Test
    void aColouredWordIsWrappedInItsColourAndAResetAndAPlainOneIsLeftAsItIs() {
        Colour on = Colour.decide(Colour.When.ALWAYS, Map.of(), false);
        assertEquals(ESC + "[1;31merror" + ESC + "[0m", on.severity(Severity.ERROR, "error"));
        assertEquals(ESC + "[33mwarning" + ESC + "[0m", on.severity(Severity.WARNING, "warning"));
        assertEquals(ESC + "[32m2 valid" + ESC + "[0m", on.verdict(true, 2, "2 valid"));
        assertEquals("0 invalid", on.verdict(false, 0, "0 invalid"), "no news is not coloured");
        assertEquals("error", Colour.PLAIN.severity(Severity.ERROR, "error"));
    }

    private Path invalidTei() throws Exception {
        return Files.writeString(dir.resolve("bad.xml"), "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><nonsense/></TEI>\n");
    }

    @Test
    void validateColoursTheSeverityAndTheInvalidCountOnlyWhenAsked() throws Exception {
        Path bad = invalidTei();
        ConvertCommandTest.Run piped = ConvertCommandTest.run("validate", "--no-schematron", bad.toString());
        assertEquals(1, piped.code(), piped.err());
        assertTrue(piped.out().contains(": error: "), piped.out());
        assertFalse((piped.out() + piped.err()).contains(ESC), "the tests' output is not a terminal: no escape byte");

        ConvertCommandTest.Run always = ConvertCommandTest.run("validate", "--color=always", "--no-schematron", bad.toString());
        assertEquals(1, always.code(), always.err());
        assertTrue(always.out().contains(": " + ESC + "[1;31merror" + ESC + "[0m: "), always.out());
        assertTrue(always.out().contains("0 valid, " + ESC + "[31m1 invalid" + ESC + "[0m"), always.out());

        ConvertCommandTest.Run both = ConvertCommandTest.run("validate", "--color=always", "--no-color", "--no-schematron", bad.toString());
        assertEquals(1, both.code());
        assertFalse(both.out().contains(ESC), "--no-color wins over --color=always: " + both.out());
    }

    @Test
    void aReportFileNeverGetsColoursButTheSummaryOnTheTerminalDoes() throws Exception {
        Path report = dir.resolve("report.txt");
        ConvertCommandTest.Run r = ConvertCommandTest.run("validate", "--color=always", "--no-schematron", "-o", report.toString(),
                invalidTei().toString());
        assertEquals(1, r.code(), r.err());
        assertFalse(Files.readString(report).contains(ESC), Files.readString(report));
        assertTrue(r.err().contains(ESC + "[31m1 invalid" + ESC + "[0m"), r.err());
    }

    @Test
    void convertColoursTheWordWarning() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "# Notes\n\nA word.[^7]\n");
        ConvertCommandTest.Run always = ConvertCommandTest.run("convert", "--color", "always", "-o", dir.resolve("a").toString(), notes.toString());
        assertEquals(0, always.code(), always.err());
        assertTrue(always.err().contains("notes.txt:3: " + ESC + "[33mwarning" + ESC + "[0m: note reference 7 has no definition"), always.err());
        ConvertCommandTest.Run piped = ConvertCommandTest.run("convert", "-o", dir.resolve("b").toString(), notes.toString());
        assertTrue(piped.err().contains("notes.txt:3: warning: note reference 7"), piped.err());
        assertFalse(piped.err().contains(ESC), piped.err());
    }

    @Test
    void buildColoursAFailedConversion() throws Exception {
        Path root = dir.resolve("edition");
        Files.createDirectories(root.resolve("sources"));
        Files.write(root.resolve("sources/latin1.txt"), "ok\nna\u00efve".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        ConvertCommandTest.Run always = ConvertCommandTest.run("build", "--color=always", "-C", root.toString());
        assertEquals(2, always.code(), always.out() + always.err());
        assertTrue(always.out().contains("convert  " + ESC + "[1;31mFAILED" + ESC + "[0m " + root.resolve("sources/latin1.txt") + ":2:3: "),
                always.out());
        ConvertCommandTest.Run piped = ConvertCommandTest.run("build", "-C", root.toString());
        assertTrue(piped.out().contains("convert  FAILED " + root.resolve("sources/latin1.txt") + ":2:3: "), piped.out());
        assertFalse(piped.out().contains(ESC), piped.out());
    }

    @Test
    void everyCommandTakesNoColorAndAnUnknownWhenIsAUsageError() {
        List<String> without = new ArrayList<>();
        List<CommandLine> all = new ArrayList<>(TeikitCommand.commandLine().getSubcommands().values());
        for (int i = 0; i < all.size(); i++) {
            CommandLine c = all.get(i);
            all.addAll(c.getSubcommands().values());
            if (c.getCommandSpec().name().equals("help")) continue;     // picocli's help command
            if (c.getCommandSpec().findOption("--no-color") == null || c.getCommandSpec().findOption("--color") == null) {
                without.add(c.getCommandSpec().qualifiedName());
            }
        }
        assertEquals(List.of(), without);
        ConvertCommandTest.Run r = ConvertCommandTest.run("validate", "--color=sometimes", "x.xml");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("'sometimes' is not auto, always or never"), r.err());
    }

    @Test
    void helpFollowsTheSameOptions() {
        var cl = TeikitCommand.commandLine(List.of("convert", "--help", "--color=always"));
        java.io.StringWriter always = new java.io.StringWriter(), never = new java.io.StringWriter();
        cl.setOut(new java.io.PrintWriter(always));
        assertEquals(0, cl.execute("convert", "--help", "--color=always"));
        assertTrue(always.toString().contains(ESC + "["), always.toString());
        var off = TeikitCommand.commandLine(List.of("convert", "--help", "--color=always", "--no-color"));
        off.setOut(new java.io.PrintWriter(never));
        assertEquals(0, off.execute("convert", "--help", "--color=always", "--no-color"));
        assertFalse(never.toString().contains(ESC), never.toString());
        assertTrue(never.toString().contains("--no-color"), never.toString());
    }
}
