package org.teikit.packaging;

import java.nio.file.Path;

/**
 * Packages an edition and halts the JVM at a stage, as a kill would: no finally block, no clean-up runs. For the test
 * that an interrupted run leaves no bag at its destination. Arguments: EDITION OUT STAGE.
 */
public final class HaltedPackaging {
    public static void main(String[] args) throws Exception {
        EditionBag.write(Path.of(args[0]), Path.of(args[1]), Editions.options(), stage -> {
            if (stage.equals(args[2])) Runtime.getRuntime().halt(137);
        });
        System.exit(0);
    }
}
