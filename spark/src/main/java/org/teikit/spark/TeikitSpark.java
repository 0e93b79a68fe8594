package org.teikit.spark;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code teikit-spark}: teikit's {@code validate} and {@code convert} as Spark jobs. The main class of the job jar,
 * for {@code ./teikit-spark} (local) and {@code spark-submit --class org.teikit.spark.TeikitSpark} (clusters).
 * Exit status as teikit's: 0 success, 1 invalid documents, 2 usage, I/O or schema error.
 */
@Command(name = "teikit-spark", mixinStandardHelpOptions = true,
        subcommands = {ValidateCommand.class, ConvertCommand.class},
        description = "teikit's validate and convert as Spark jobs: local[*] by default, or any Spark master.")
public final class TeikitSpark implements Runnable {
    public static final int OK = 0, INVALID = 1, ERROR = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a job: validate or convert");
    }

    public static void main(String[] args) {
        CommandLine cl = new CommandLine(new TeikitSpark());
        cl.setExitCodeExceptionMapper(e -> ERROR);
        // a job that fails as a whole (its output is then absent, see AtomicOutput): the reason, exit 2
        cl.setExecutionExceptionHandler((e, c, parsed) -> {
            c.getErr().println("teikit-spark: the job failed: " + e);
            return ERROR;
        });
        System.exit(cl.execute(args));
    }
}
