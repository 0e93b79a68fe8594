package org.teikit.cli;

import org.teikit.convert.Conversion;
import org.teikit.convert.ConversionException;
import org.teikit.convert.Converter;
import org.teikit.source.SourceDocument;
import org.teikit.source.SourceException;
import org.teikit.source.SourceText;
import org.teikit.tei.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"Convert transcriptions (markdown-ish text) to TEI P5, one TEI file per source.",
                "Reports the source family chosen for each file and why."})
public final class ConvertCommand implements Callable<Integer> {

    @Parameters(paramLabel = "SOURCE", arity = "1..*", description = "Source text files.")
    List<Path> sources;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "tei",
            description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path output;

    @Option(names = "--family", paramLabel = "NAME",
            description = "Use this source family instead of choosing one (generic, wilson-center, memorandum, bulletin, correspondence).")
    String family;

    @Option(names = "--encoding", paramLabel = "CHARSET", defaultValue = "UTF-8",
            description = "Character encoding of the sources (default: ${DEFAULT-VALUE}).")
    Charset encoding;

    @Option(names = "--stdout", description = "Write the TEI to standard output instead of files.")
    boolean stdout;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Converter converter = Converter.standard();
        int status = Teikit.OK;
        for (Path source : sources) {
            try {
                SourceDocument doc = SourceDocument.parse(SourceText.read(source, encoding));
                Conversion c = family == null ? converter.convert(doc) : converter.convert(doc, family);
                byte[] xml = c.tei().toBytes();
                if (stdout) {
                    out.print(new String(xml, java.nio.charset.StandardCharsets.UTF_8));
                } else {
                    Path target = output.resolve(doc.source().baseName() + ".xml");
                    Files.createDirectories(output);
                    AtomicFiles.write(target, xml);
                    err.println(source + " → " + target + " (family " + c.family() + ": " + c.reason() + ")");
                }
            } catch (SourceException e) {
                err.println("teikit: " + e.getMessage());
                status = Teikit.ERROR;
            } catch (ConversionException e) {
                err.println("teikit: " + source + ": " + e.getMessage());
                status = Teikit.ERROR;
            } catch (IOException e) {
                err.println("teikit: " + source + ": cannot read or write: " + e);
                status = Teikit.ERROR;
            }
        }
        out.flush();
        return status;
    }
}
