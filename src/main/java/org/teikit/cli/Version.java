package org.teikit.cli;

import org.teikit.Teikit;
import picocli.CommandLine;

final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"teikit " + Teikit.VERSION};
    }
}
