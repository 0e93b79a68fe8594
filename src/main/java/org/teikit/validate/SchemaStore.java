package org.teikit.validate;

import nu.xom.Document;
import nu.xom.Element;
import nu.xom.Elements;
import nu.xom.ParsingException;
import org.teikit.tei.AtomicFiles;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The user's local copies of remote schemas: a folder (by default {@code $XDG_CONFIG_HOME/teikit/schemas}, else
 * {@code ~/.config/teikit/schemas}; {@code TEIKIT_SCHEMA_STORE} or the system property {@code teikit.schema.store}
 * choose another) holding the files and an OASIS catalog, {@code catalog.xml}, that maps each URL to its copy (other
 * XML tools can use that catalog too). Validation consults it by default, so a schema registered once serves every
 * file that names it. The TEI Consortium publishes one schema under many URLs (release, current, Vault, versioned,
 * http and https): a copy registered under one of them answers them all.
 */
public final class SchemaStore {
    static final String CATALOG = "catalog.xml";
    private static final String OASIS = "urn:oasis:names:tc:entity:xmlns:xml:catalog";
    /** …/xml/tei/custom/schema/relaxng/tei_all.rng under any of the Consortium's hosts, release or version. */
    private static final Pattern TEI_C = Pattern.compile(
            "(?i)^https?://(?:www\\.|vault\\.)?tei-c\\.org/(?:.*?/)?xml/tei/(.+)$");

    /** One registered copy. */
    public record Entry(String url, Path file) {}

    private final Path dir;
    /** The catalog as read once (validation looks up every remote xml-model in it); null until read. */
    private volatile List<Entry> read;

    private SchemaStore(Path dir) {
        this.dir = dir;
    }

    /** The store in its default folder (which need not exist yet). */
    public static SchemaStore standard() {
        String chosen = System.getProperty("teikit.schema.store");
        if (chosen == null || chosen.isBlank()) chosen = System.getenv("TEIKIT_SCHEMA_STORE");
        if (chosen != null && !chosen.isBlank()) return new SchemaStore(Path.of(chosen));
        String config = System.getenv("XDG_CONFIG_HOME");
        Path base = config != null && !config.isBlank() ? Path.of(config) : Path.of(System.getProperty("user.home"), ".config");
        return new SchemaStore(base.resolve("teikit").resolve("schemas"));
    }

    public static SchemaStore at(Path dir) {
        return new SchemaStore(dir);
    }

    public Path folder() {
        return dir;
    }

    /** The store's catalog file, if anything has been registered. */
    Optional<Path> catalog() {
        Path c = dir.resolve(CATALOG);
        return Files.isRegularFile(c) ? Optional.of(c) : Optional.empty();
    }

    /** Every registered copy, in the order registered. */
    public List<Entry> entries() throws SchemaException {
        List<Entry> cached = read;
        if (cached == null) read = cached = List.copyOf(readCatalog());
        return cached;
    }

    private List<Entry> readCatalog() throws SchemaException {
        List<Entry> out = new ArrayList<>();
        Optional<Path> c = catalog();
        if (c.isEmpty()) return out;
        try {
            Document d = org.teikit.tei.TeiReader.builder().build(c.get().toFile());   // no DTD, no external entity
            Elements uris = d.getRootElement().getChildElements("uri", OASIS);
            for (int i = 0; i < uris.size(); i++) {
                Element u = uris.get(i);
                out.add(new Entry(u.getAttributeValue("name"), Path.of(URI.create(u.getAttributeValue("uri")))));
            }
            return out;
        } catch (ParsingException | IOException | IllegalArgumentException e) {
            throw new SchemaException(c.get() + ": the schema store's catalog cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Registers {@code file} as the local copy of {@code url}: copies it into the store (so the copy outlives the
     * file) and maps the URL to it. Registering a URL again replaces its copy.
     *
     * @throws SchemaException a URL that is not absolute, or a store whose catalog cannot be read
     * @throws IOException     {@code file} cannot be read (missing, a folder, denied) or the store cannot be written
     */
    public Entry add(String url, Path file) throws SchemaException, IOException {
        URI u;
        try {
            u = new URI(url.strip());
        } catch (java.net.URISyntaxException e) {
            throw new SchemaException("\"" + url + "\" is not a valid URI");
        }
        if (!u.isAbsolute()) throw new SchemaException("\"" + url + "\" is not an absolute URL");
        // a missing, unreadable or folder FILE fails here, named, before the store is touched
        if (Files.isDirectory(file)) throw new java.nio.file.FileSystemException(file.toString(), null, "is a folder, not a schema file");
        byte[] schema = Files.readAllBytes(file);
        Map<String, Path> all = new LinkedHashMap<>();
        for (Entry e : entries()) all.put(e.url(), e.file());
        Path copy = dir.resolve(copyName(u, file));
        AtomicFiles.write(copy, schema);
        all.put(u.toString(), copy.toAbsolutePath().normalize());
        writeCatalog(all);
        read = null;
        return new Entry(u.toString(), copy);
    }

    /** The local copy of {@code url}: registered under it, or under another URL of the same TEI Consortium file. */
    Optional<URI> lookup(URI url) throws SchemaException {
        String wanted = url.toString();
        String family = teiFile(wanted);
        for (Entry e : entries()) {
            if (e.url().equals(wanted) || family != null && family.equals(teiFile(e.url()))) return Optional.of(e.file().toUri());
        }
        return Optional.empty();
    }

    /** The file's path below {@code xml/tei/} when the URL is one of the TEI Consortium's, else null. */
    static String teiFile(String url) {
        Matcher m = TEI_C.matcher(url);
        return m.matches() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }

    private static String copyName(URI u, Path file) {
        String path = u.getPath() == null ? "" : u.getPath();
        String last = path.substring(path.lastIndexOf('/') + 1);
        String name = last.isEmpty() ? file.getFileName().toString() : last;
        String host = u.getHost() == null ? "local" : u.getHost();
        return host.replaceAll("[^A-Za-z0-9.-]", "_") + "-" + Integer.toHexString(u.toString().hashCode()) + "-"
                + name.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private void writeCatalog(Map<String, Path> all) throws IOException {
        Element root = new Element("catalog", OASIS);
        for (var e : all.entrySet()) {
            Element uri = new Element("uri", OASIS);
            uri.addAttribute(new nu.xom.Attribute("name", e.getKey()));
            uri.addAttribute(new nu.xom.Attribute("uri", e.getValue().toUri().toString()));
            root.appendChild(uri);
            Element system = new Element("system", OASIS);
            system.addAttribute(new nu.xom.Attribute("systemId", e.getKey()));
            system.addAttribute(new nu.xom.Attribute("uri", e.getValue().toUri().toString()));
            root.appendChild(system);
        }
        AtomicFiles.write(dir.resolve(CATALOG), new Document(root).toXML().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
