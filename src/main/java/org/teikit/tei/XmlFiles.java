package org.teikit.tei;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The XML files below a folder, at any depth, in order (what a folder argument stands for). */
public final class XmlFiles {
    private XmlFiles() {}

    public static List<Path> under(Path folder) throws IOException {
        return InputFiles.under(folder, ".xml");
    }
}
