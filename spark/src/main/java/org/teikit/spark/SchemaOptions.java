package org.teikit.spark;

import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.spark.SparkFiles;
import org.teikit.validate.SchemaException;
import org.teikit.validate.Schemas;

/**
 * What a validation job's schemas are compiled from, as the command line's options say it. Equal options share one
 * compiled {@link Schemas} in a JVM ({@link SharedSchemas}).
 *
 * <p>Local schema and catalog files are named by absolute path. An executor that cannot see the path (a cluster
 * without a shared file system) takes the copy the driver shipped with the job ({@link #shipTo}), found by its
 * file name through {@link SparkFiles}.
 *
 * @param schemas         {@code --schema}: absolute paths, or URLs that a catalog maps to local files
 * @param catalogs        {@code --catalog}: absolute paths
 * @param schematron      false for {@code --no-schematron}
 * @param schematronCache where SchXslt's output is kept between runs on each machine; null for none
 */
public record SchemaOptions(List<String> schemas, List<String> catalogs, boolean schematron, String schematronCache)
        implements Serializable {
    private static final Pattern URL_LIKE = Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]+:");

    public SchemaOptions {
        schemas = schemas.stream().map(SchemaOptions::absolute).toList();
        catalogs = catalogs.stream().map(SchemaOptions::absolute).toList();
    }

    /** Compiles the schemas (seconds for tei_all: call it once per JVM, through {@link SharedSchemas}). */
    Schemas compile() throws SchemaException {
        return compile(null);
    }

    /**
     * As {@link #compile()}; given the documents the run validates (local files), their element names are read first
     * and a cached Schematron stylesheet is compiled without the rules that cannot match them, as
     * {@code teikit validate} does ({@code Schemas.Builder.documents}).
     */
    Schemas compile(List<Path> documents) throws SchemaException {
        Schemas.Builder b = Schemas.builder().schematron(schematron);
        if (documents != null && schematron) b.documents(documents, Runtime.getRuntime().availableProcessors());
        if (schematronCache != null) b.schematronCache(Path.of(schematronCache));
        for (String s : schemas) b.schema(URL_LIKE.matcher(s).lookingAt() ? s : here(s));
        for (String c : catalogs) b.catalog(Path.of(here(c)));
        return b.build();
    }

    /** Ships the local files with the job, for executors that cannot read them where the driver does. */
    void shipTo(org.apache.spark.SparkContext spark) {
        for (String s : schemas) if (!URL_LIKE.matcher(s).lookingAt()) spark.addFile(s);
        for (String c : catalogs) spark.addFile(c);
    }

    private static String here(String path) {
        if (Files.isReadable(Path.of(path)) || org.apache.spark.SparkEnv.get() == null) return path;
        String shipped = SparkFiles.get(Path.of(path).getFileName().toString());
        return Files.isReadable(Path.of(shipped)) ? shipped : path;   // neither: Schemas names the original
    }

    private static String absolute(String location) {
        return URL_LIKE.matcher(location).lookingAt() ? location : Path.of(location).toAbsolutePath().normalize().toString();
    }
}
