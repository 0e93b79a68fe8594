package org.teikit.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: one picocli command per pipeline stage; no logic here beyond wiring. */
@Command(name = "teikit",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Transcribed historical documents to TEI P5: convert, validate, render.",
        subcommands = {
                CommandLine.HelpCommand.class,
                ConvertCommand.class,
                ValidateCommand.class,
                RenderCommand.class,
        })
public final class Teikit implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand");
    }

    /** Exit codes shared by all subcommands: 0 success, 1 invalid documents or differences, 2 usage or I/O error. */
    public static final int OK = 0, INVALID = 1, ERROR = 2;

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Teikit());
        cl.setExitCodeExceptionMapper(e -> ERROR);
        cl.setParameterExceptionHandler((ex, args) -> {
            ex.getCommandLine().getErr().println("teikit: " + ex.getMessage());
            ex.getCommandLine().getErr().println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return ERROR;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            c.getErr().println("teikit: " + ex.getMessage());
            return ERROR;
        });
        return cl;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
