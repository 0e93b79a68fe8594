package org.teikit;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Project-wide constants. */
public final class Teikit {
    /** The version recorded in every TEI file teikit writes (from the Maven build). */
    public static final String VERSION = readVersion();

    private Teikit() {}

    private static String readVersion() {
        try (InputStream in = Teikit.class.getResourceAsStream("/org/teikit/version.properties")) {
            Properties p = new Properties();
            if (in != null) p.load(in);
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }
}
