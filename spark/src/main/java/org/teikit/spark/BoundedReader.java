package org.teikit.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Reads a whole file as bytes through Hadoop's {@link FileSystem} (so teikit, not Spark, decodes and parses it), but
 * never one above a limit: its size is checked before reading, and reading stops one byte past the limit should the
 * file have grown. A row then says the file was too large, and the executor's memory is safe.
 */
final class BoundedReader implements Serializable {
    /** Loading a Configuration reads Hadoop's default XML files: once per JVM and settings, not once per task. */
    private static final ConcurrentMap<Map<String, String>, Configuration> CONFIGURATIONS = new ConcurrentHashMap<>();

    private final long limit;
    private final Map<String, String> hadoopSettings;

    /** @param hadoopSettings the driver's {@code spark.hadoop.*} settings (credentials, endpoints), prefix removed */
    BoundedReader(long limit, Map<String, String> hadoopSettings) {
        if (limit < 1) throw new IllegalArgumentException("the size limit must be at least 1 byte");
        this.limit = limit;
        this.hadoopSettings = Map.copyOf(hadoopSettings);
    }

    long limit() {
        return limit;
    }

    /** The file is larger than the limit; nothing of it was read. */
    static final class TooLarge extends Exception {
        final long size;

        TooLarge(long size) {
            super(null, null, false, false);
            this.size = size;
        }
    }

    byte[] read(InputFile file) throws IOException, TooLarge {
        Path path = new Path(URI.create(file.uri()));
        FileSystem fs = path.getFileSystem(configuration());
        long size = fs.getFileStatus(path).getLen();
        if (size > limit) throw new TooLarge(size);
        try (InputStream in = fs.open(path)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (bytes.length > limit) throw new TooLarge(Math.max(size, bytes.length));
            return bytes;
        }
    }

    private Configuration configuration() {
        return CONFIGURATIONS.computeIfAbsent(hadoopSettings, settings -> {
            Configuration c = new Configuration();
            settings.forEach(c::set);
            return c;
        });
    }
}
