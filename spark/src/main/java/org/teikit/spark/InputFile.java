package org.teikit.spark;

import java.io.Serializable;

/**
 * One file a job reads.
 *
 * @param index its place in the input order (reports keep it)
 * @param name  how reports name it: as the command line would, the argument as given plus the path below it
 * @param uri   where executors read it (a file:, hdfs:, s3a: … URI)
 * @param size  its length in bytes when it was listed
 */
public record InputFile(long index, String name, String uri, long size) implements Serializable {
}
