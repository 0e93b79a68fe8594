package org.teikit.cli;

import java.util.List;

import org.teikit.digest.Sha256;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code teikit} command and the jar's entry point: one picocli subcommand per pipeline stage; no logic here beyond wiring. */
@Command(name = "teikit",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Transcribed historical documents to TEI P5: convert, validate, render, package.")   // subcommands: added by commandLine(), below
public final class TeikitCommand implements Runnable {

    /** The subcommands, in the order help lists them. */
    private static final List<String> SUBCOMMANDS =
            List.of("help", "build", "convert", "diff", "validate", "schema", "speakers", "cmif", "render", "package", "lsp");

    /** A new subcommand object for this name or alias, or null. (A switch, not lambdas: no bootstrap cost at start.) */
    private static Object subcommand(String name) {
        return switch (name) {
            case "help" -> new CommandLine.HelpCommand();
            case "build" -> new BuildCommand();
            case "convert" -> new ConvertCommand();
            case "diff", "check-fidelity" -> new DiffCommand();
            case "validate" -> new ValidateCommand();
            case "speakers" -> new SpeakersCommand();
            case "cmif" -> new CmifCommand();
            case "render" -> new RenderCommand();
            case "schema" -> new SchemaCommand();
            case "package" -> new PackageCommand();
            case "lsp" -> new LspCommand();
            default -> null;
        };
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand");
    }

    /** The whole command line, every subcommand. */
    public static CommandLine commandLine() {
        return commandLine(List.of());
    }

    /**
     * The command line for these arguments: when the first one names a subcommand (not "help"), only
     * that subcommand is built; otherwise, all of them, for help and for "did you mean" messages.
     */
    public static CommandLine commandLine(List<String> args) {
        CommandLine cl = new CommandLine(new TeikitCommand());
        // picocli builds a command's model by reflecting over its fields and annotations, tens of
        // milliseconds for all subcommands on every start: a run that names its subcommand builds that one
        Object named = args.isEmpty() || args.get(0).equals("help") ? null : subcommand(args.get(0));
        if (named != null) {
            cl.addSubcommand(named);
        } else {
            for (String name : SUBCOMMANDS) cl.addSubcommand(subcommand(name));
        }
        // an ingest manifest of thousands of paths, too many for one command line: `teikit validate @manifest.txt`
        // reads one argument per line, spaces included, with no quoting to get wrong
        cl.setUseSimplifiedAtFiles(true);
        // help is printed while the arguments are parsed, before a command reads its --color: the same words decide it
        helpColours(args).ifPresent(ansi -> cl.setColorScheme(CommandLine.Help.defaultColorScheme(ansi)));
        cl.setExitCodeExceptionMapper(e -> ExitCode.ERROR);
        cl.setParameterExceptionHandler((ex, unparsed) -> {
            ex.getCommandLine().getErr().println("teikit: " + ex.getMessage());
            // a typo ("validat") gets picocli's nearest subcommands or options ("Did you mean: teikit validate?")
            if (ex instanceof CommandLine.UnmatchedArgumentException u) {
                CommandLine.UnmatchedArgumentException.printSuggestions(u, ex.getCommandLine().getErr());
            }
            ex.getCommandLine().getErr().println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return ExitCode.ERROR;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            // one wording for every failure a command lets through: file:line:column for a located one
            c.getErr().println(Failures.describe(ex));
            return ExitCode.ERROR;
        });
        return cl;
    }

    /** Help's colours when the arguments choose them ({@code --no-color} winning, as for the commands); else picocli's own choice. */
    static java.util.Optional<CommandLine.Help.Ansi> helpColours(List<String> args) {
        if (args.contains("--no-color") || args.contains("--color=never")) return java.util.Optional.of(CommandLine.Help.Ansi.OFF);
        if (args.contains("--color=always")) return java.util.Optional.of(CommandLine.Help.Ansi.ON);
        int i = args.indexOf("--color");
        if (i >= 0 && i + 1 < args.size()) {
            if (args.get(i + 1).equals("never")) return java.util.Optional.of(CommandLine.Help.Ansi.OFF);
            if (args.get(i + 1).equals("always")) return java.util.Optional.of(CommandLine.Help.Ansi.ON);
        }
        return java.util.Optional.empty();
    }

    public static void main(String[] args) {
        // conversion hashes each source and each TEI file it writes: the other core readies SHA-256 meanwhile
        if (args.length > 0 && (args[0].equals("convert") || args[0].equals("build"))) Sha256.prepareInBackground();
        System.exit(commandLine(List.of(args)).execute(args));
    }
}
