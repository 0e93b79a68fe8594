package org.teikit.cli;

import org.teikit.validate.SchemaException;
import org.teikit.validate.SchemaStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code teikit schema add URL FILE} and {@code teikit schema list}: the local copies of remote schemas. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = {"The schema store: local copies of remote schemas, consulted by validate (no schema is ever "
                + "downloaded).",
                "A copy registered under one TEI Consortium URL answers every form of it (release, current, Vault, "
                + "versioned, http or https).",
                "The store is $TEIKIT_SCHEMA_STORE, else $XDG_CONFIG_HOME/teikit/schemas, else ~/.config/teikit/schemas; "
                + "its catalog.xml is an OASIS catalog other tools can use."},
        subcommands = {SchemaCommand.Add.class, SchemaCommand.ListEntries.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "2:usage or I/O error, unreadable schema or store"})
public final class SchemaCommand implements Runnable {
    @Spec CommandSpec spec;
    @Mixin ColorOption color;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Register FILE as the local copy of URL (the file is copied into the store).")
    static final class Add implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "URL", description = "The URL documents name, e.g. "
                + "http://www.tei-c.org/release/xml/tei/custom/schema/relaxng/tei_all.rng")
        String url;

        @Parameters(index = "1", paramLabel = "FILE", description = "A local copy of that schema.")
        Path file;

        @Spec CommandSpec spec;
        @Mixin ColorOption color;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            try {
                SchemaStore.Entry e = SchemaStore.standard().add(url, file);
                spec.commandLine().getOut().println(e.url() + " → " + e.file());
                return ExitCode.OK;
            } catch (SchemaException e) {
                err.println("teikit schema add: " + e.getMessage());
            } catch (IOException e) {
                err.println("teikit schema add: " + Failures.io(e));       // the path says whether FILE or the store
            }
            return ExitCode.ERROR;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the registered copies: URL → file.")
    static final class ListEntries implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin ColorOption color;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try {
                SchemaStore store = SchemaStore.standard();
                var entries = store.entries();
                if (entries.isEmpty()) out.println("no schemas registered in " + store.folder());
                for (SchemaStore.Entry e : entries) out.println(e.url() + " → " + e.file());
                out.flush();
                return ExitCode.OK;
            } catch (SchemaException e) {
                spec.commandLine().getErr().println("teikit schema list: " + e.getMessage());
                return ExitCode.ERROR;
            }
        }
    }
}
