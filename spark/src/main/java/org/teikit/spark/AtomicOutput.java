package org.teikit.spark;

import java.io.IOException;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * A job's Parquet output, all or nothing. Spark writes into a hidden folder beside the target; its commit protocol
 * (Hadoop's FileOutputCommitter, algorithm 1: task output is moved into place only when the whole job commits) writes
 * {@code _SUCCESS} last; only then is the folder renamed to the target. A failed job leaves no target and removes
 * what it wrote, and readers ({@link #requireComplete}) refuse a folder without {@code _SUCCESS}.
 */
public final class AtomicOutput {
    public static final String SUCCESS = "_SUCCESS";

    private AtomicOutput() {}

    /** Writes {@code rows} to the folder {@code target}, which must not exist yet (a job never writes over one). */
    public static void writeParquet(Dataset<Row> rows, String target, Configuration hadoop) throws IOException {
        Path out = new Path(target);
        FileSystem fs = out.getFileSystem(hadoop);
        if (fs.exists(out)) throw new IOException(target + ": already exists; give a new output folder");
        Path parent = out.getParent();
        if (parent != null && !fs.exists(parent)) fs.mkdirs(parent);
        Path temp = new Path(parent, "." + out.getName() + ".incomplete-" + UUID.randomUUID());
        try {
            rows.write().parquet(temp.toString());
            if (!fs.exists(new Path(temp, SUCCESS))) {
                throw new IOException(target + ": Spark's commit wrote no " + SUCCESS + "; the output is not used");
            }
            if (!fs.rename(temp, out)) throw new IOException(target + ": cannot rename the finished output into place");
        } finally {
            if (fs.exists(temp)) fs.delete(temp, true);
        }
    }

    /** Throws unless {@code dir} is the complete output of a job (its commit wrote {@code _SUCCESS}). */
    public static void requireComplete(String dir, Configuration hadoop) throws IOException {
        Path path = new Path(dir);
        FileSystem fs = path.getFileSystem(hadoop);
        if (!fs.exists(new Path(path, SUCCESS))) {
            throw new IOException(dir + ": not a complete job output (no " + SUCCESS + "): the job that wrote it failed or"
                    + " is still running");
        }
    }
}
