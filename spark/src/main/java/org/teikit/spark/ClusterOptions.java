package org.teikit.spark;

import picocli.CommandLine.Option;

/** The options every job shares: where it runs and in how many tasks (a picocli mixin). */
final class ClusterOptions {
    @Option(names = "--master", paramLabel = "URL", description = "Spark master (default: spark-submit's, else local[*]).")
    String master;

    @Option(names = "--partitions", paramLabel = "N", description = "Tasks (default: 2 per core in local mode; on a cluster about 200 inputs each, at least 4 per core).")
    int partitions;
}
