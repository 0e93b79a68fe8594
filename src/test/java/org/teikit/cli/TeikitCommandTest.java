package org.teikit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/** The top-level command line: which subcommands a run builds, and that building fewer changes nothing a user sees. */
class TeikitCommandTest {

    private static final List<String> ALL =
            List.of("help", "build", "convert", "diff", "validate", "schema", "speakers", "cmif", "render", "package", "lsp");

    @Test
    void aRunThatNamesItsSubcommandBuildsOnlyThatOne() {
        assertEquals(List.of("convert"), List.copyOf(TeikitCommand.commandLine(List.of("convert", "x.txt")).getSubcommands().keySet()));
        // an alias builds its command, under its name and aliases
        assertEquals(List.of("diff", "check-fidelity"),
                List.copyOf(TeikitCommand.commandLine(List.of("check-fidelity", "a", "b")).getSubcommands().keySet()));
    }

    @Test
    void helpNoArgumentsAndUnknownNamesBuildEverySubcommand() {
        for (List<String> args : List.of(List.<String>of(), List.of("help", "convert"), List.of("--help"), List.of("conver"))) {
            List<String> built = List.copyOf(TeikitCommand.commandLine(args).getSubcommands().keySet());
            assertTrue(built.containsAll(ALL), args + " built only " + built);
        }
    }

    @Test
    void everySubcommandsHelpListsItsExitCodesAndKeepsUrlsWhole() {
        for (String sub : ALL.subList(1, ALL.size())) {
            String help = run(TeikitCommand.commandLine(), sub, "--help");
            assertTrue(help.contains("Exit codes:"), sub + ":\n" + help);
            if (sub.equals("cmif")) assertTrue(help.contains("https://creativecommons.org/licenses/by/4.0/"), help);
            for (String line : help.split("\n")) {
                assertTrue(!line.matches(".*https?:/{0,2}$"), sub + ": a URL broken at '" + line + "'");
            }
        }
    }

    @Test
    void aTypoInTheSubcommandGetsTheNearestName() {
        StringWriter err = new StringWriter();
        CommandLine cl = TeikitCommand.commandLine(List.of("validat", "x.xml"));
        cl.setErr(new PrintWriter(err, true));
        assertEquals(ExitCode.ERROR, cl.execute("validat", "x.xml"));
        assertTrue(err.toString().contains("Did you mean: teikit validate"), err.toString());
    }

    @Test
    void aSubcommandsHelpIsTheSameWhicheverWayItIsBuilt() {
        for (String sub : ALL.subList(1, ALL.size())) {
            assertEquals(run(TeikitCommand.commandLine(), sub, "--help"), run(TeikitCommand.commandLine(List.of(sub, "--help")), sub, "--help"), sub);
        }
    }

    /** `teikit --help` lists each subcommand by its description's first line alone: it must be a whole sentence. */
    @Test
    void eachSubcommandsSummaryLineIsASentenceOfItsOwn() {
        TeikitCommand.commandLine().getSubcommands().forEach((name, sub) -> {
            String[] description = sub.getCommandSpec().usageMessage().description();
            assertTrue(description.length > 0, name + " has no description");
            assertTrue(description[0].endsWith("."), name + "'s summary line is cut short: " + description[0]);
        });
    }

    @Test
    void aMistypedSubcommandStillGetsTheUsualError() {
        String err = runErr(TeikitCommand.commandLine(List.of("conver")), "conver");
        assertTrue(err.contains("Unmatched argument at index 0: 'conver'"), err);
    }

    private static String run(CommandLine cl, String... args) {
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out));
        assertEquals(0, cl.execute(args));
        return out.toString();
    }

    private static String runErr(CommandLine cl, String... args) {
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        assertEquals(ExitCode.ERROR, cl.execute(args));
        return err.toString();
    }
}
