package org.teikit.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.teikit.lsp.LspServer;
import picocli.CommandLine.Command;

/** {@code teikit lsp}: the Language Server on stdin and stdout (editors start it; see docs/editors.md). */
@Command(name = "lsp",
        mixinStandardHelpOptions = true,
        description = {
            "Language Server Protocol over stdin/stdout, for editors (docs/editors.md).",
            "Diagnostics as teikit validate gives them, from the editor's buffer; completion, hover, outline,"
                    + " go-to-definition and code actions from the document's grammar.",
            "Settings (initializationOptions or workspace/didChangeConfiguration, under \"teikit\"): schema (for"
                    + " documents that name none), catalogs, schematron, debounce (ms)."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:after shutdown and exit", "1:the client left without shutdown (stdin closed)"})
public final class LspCommand implements Callable<Integer> {
    @picocli.CommandLine.Mixin
    ColorOption color;      // accepted as by every command; the protocol has no colours

    @Override
    public Integer call() throws InterruptedException {
        Path previews = Path.of(System.getProperty("java.io.tmpdir"), "teikit-preview-" + ProcessHandle.current().pid());
        // stdout is the protocol's: nothing else may write to it
        java.io.OutputStream protocolOut = new java.io.FileOutputStream(java.io.FileDescriptor.out);
        System.setOut(System.err);
        return new LspServer(CacheFolder.locate(System.getenv()), previews).serve(System.in, protocolOut);
    }
}
