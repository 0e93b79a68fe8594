package org.teikit.digest;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256, the one digest teikit records: source and content checksums, Schematron cache keys. */
public final class Sha256 {
    private Sha256() {}

    public static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** Lower-case hexadecimal, as recorded in TEI headers. */
    public static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(newDigest().digest(bytes));
    }

    /**
     * Readies SHA-256 on a daemon thread while the caller does other work. A short run that hashes
     * a large file otherwise pays, on its critical path, for loading the security providers (about
     * 10 ms) and for hashing in interpreted code until the JIT compiles the compression function
     * (about as long again for a 170 kB source). Hashing a few blocks of zeros on an idle core
     * does both early; the result is thrown away and a failure only loses the head start.
     *
     * @return the started thread (a daemon: it never keeps the JVM alive)
     */
    public static Thread prepareInBackground() {
        Thread t = new Thread(() -> newDigest().digest(new byte[WARM_UP_BYTES]), "teikit-sha256-warm-up");
        t.setDaemon(true);
        t.start();
        return t;
    }

    // enough 64-byte blocks for C1 to compile the compression loop (its threshold is in the hundreds)
    private static final int WARM_UP_BYTES = 1 << 16;
}
