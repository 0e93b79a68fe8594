package org.teikit.packaging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A second, independent check of a bag against the rules of RFC 8493, written here from the RFC and sharing no code
 * with teikit's writing or verifying (nor bagit-java): so teikit's bags are not only checked by the library that wrote
 * them. It covers what teikit's bags use: version 1.0, UTF-8 tag files, SHA-512 manifests, bag-info.txt.
 */
final class Rfc8493 {
    /** §2.1.1: exactly these two lines. */
    static final String BAGIT_TXT = "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n";
    /** §2.1.3: checksum, one or more linear whitespace characters, file path. */
    private static final Pattern MANIFEST_LINE = Pattern.compile("([0-9a-fA-F]+)[ \\t]+(.+)");
    /** §2.2.2: label, colon, value; a line that starts with whitespace continues the value before it. */
    private static final Pattern BAG_INFO_LINE = Pattern.compile("([^:\\s][^:]*):[ \\t]*(.*)");

    private Rfc8493() {}

    /** Every rule broken, one message each; empty for a conformant bag. */
    static List<String> violations(Path bag) throws IOException {
        List<String> v = new ArrayList<>();
        Path bagit = bag.resolve("bagit.txt");
        if (!Files.isRegularFile(bagit)) {
            v.add("bagit.txt: missing (§2.1.1)");
            return v;
        }
        String declaration = Files.readString(bagit, StandardCharsets.UTF_8);
        if (!declaration.equals(BAGIT_TXT)) v.add("bagit.txt: not exactly the two lines of §2.1.1: " + declaration);
        Path data = bag.resolve("data");
        if (!Files.isDirectory(data)) v.add("data/: missing (§2.1.2)");

        List<String> payload = files(bag, data);
        Path manifest = bag.resolve("manifest-sha512.txt");
        if (!Files.isRegularFile(manifest)) v.add("manifest-sha512.txt: missing (§2.1.3)");
        else checkManifest(bag, manifest, payload, true, v);

        String oxum = bagInfo(bag, v).get("Payload-Oxum");
        long octets = 0;
        for (String p : payload) octets += Files.size(bag.resolve(p));
        if (oxum == null) v.add("bag-info.txt: no Payload-Oxum");
        else if (!oxum.equals(octets + "." + payload.size())) v.add("bag-info.txt: Payload-Oxum " + oxum + ", but data/ holds " + octets + "." + payload.size());

        Path tagManifest = bag.resolve("tagmanifest-sha512.txt");
        List<String> tagFiles = files(bag, bag).stream()
                .filter(p -> !p.startsWith("data/") && !p.matches("tagmanifest-[^/]*\\.txt")).toList();
        if (!Files.isRegularFile(tagManifest)) v.add("tagmanifest-sha512.txt: missing");
        else checkManifest(bag, tagManifest, tagFiles, false, v);
        return v;
    }

    /** Each line well-formed, each path once, each checksum right, exactly {@code expected} listed. */
    private static void checkManifest(Path bag, Path manifest, List<String> expected, boolean payload, List<String> v) throws IOException {
        String name = manifest.getFileName().toString();
        String text = Files.readString(manifest, StandardCharsets.UTF_8);
        if (text.contains("\r")) v.add(name + ": a CR in the file (teikit writes LF line ends; a CR in a path must be %0D)");
        if (!text.isEmpty() && !text.endsWith("\n")) v.add(name + ": the last line has no line end");
        Map<String, String> listed = new HashMap<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int n = i + 1;
            if (line.isEmpty() && n == lines.length) break;   // after the last line end
            Matcher m = MANIFEST_LINE.matcher(line);
            if (!m.matches()) {
                v.add(name + ":" + n + ": not 'checksum SP+ path': " + line);
                continue;
            }
            String checksum = m.group(1), encoded = m.group(2);
            if (checksum.length() != 128) v.add(name + ":" + n + ": a SHA-512 checksum has 128 hex digits, not " + checksum.length());
            String path = decode(encoded, name + ":" + n, v);
            if (path == null) continue;
            if (path.startsWith("/") || path.contains("\\") || List.of(path.split("/")).contains("..") || List.of(path.split("/")).contains(".")) {
                v.add(name + ":" + n + ": not a relative path with '/' separators inside the bag: " + path);
                continue;
            }
            if (payload != path.startsWith("data/")) {
                v.add(name + ":" + n + ": " + path + (payload ? " is not under data/" : " is a payload file (§2.2.1: a tag manifest lists tag files)"));
            }
            if (listed.put(path, checksum) != null) v.add(name + ":" + n + ": " + path + " listed twice");
            Path file = bag.resolve(path);
            if (!Files.isRegularFile(file)) v.add(name + ":" + n + ": " + path + " does not exist");
            else if (!sha512(file).equalsIgnoreCase(checksum)) v.add(name + ":" + n + ": " + path + ": wrong checksum");
        }
        for (String p : expected) if (!listed.containsKey(p)) v.add(name + ": " + p + " not listed");
    }

    /**
     * §2.1.3: in a path, CR, LF and % are percent-encoded (%0D, %0A, %25) and nothing else is; so a % followed by
     * anything but those is an unencoded %.
     */
    static String decode(String encoded, String where, List<String> v) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c != '%') {
                b.append(c);
                continue;
            }
            String code = encoded.length() >= i + 3 ? encoded.substring(i + 1, i + 3).toUpperCase(java.util.Locale.ROOT) : "";
            switch (code) {
                case "0D" -> b.append('\r');
                case "0A" -> b.append('\n');
                case "25" -> b.append('%');
                default -> {
                    v.add(where + ": an unencoded '%' in " + encoded);
                    return null;
                }
            }
            i += 2;
        }
        return b.toString();
    }

    /** The fields of bag-info.txt, each label's first value; its line syntax checked on the way. */
    static Map<String, String> bagInfo(Path bag, List<String> v) throws IOException {
        Map<String, String> fields = new HashMap<>();
        Path info = bag.resolve("bag-info.txt");
        if (!Files.isRegularFile(info)) {
            v.add("bag-info.txt: missing");
            return fields;
        }
        String last = null;
        int n = 0;
        for (String line : Files.readAllLines(info, StandardCharsets.UTF_8)) {
            n++;
            if (!line.isEmpty() && Character.isWhitespace(line.charAt(0)) && last != null) {
                fields.put(last, fields.get(last) + " " + line.strip());
                continue;
            }
            Matcher m = BAG_INFO_LINE.matcher(line);
            if (!m.matches()) {
                v.add("bag-info.txt:" + n + ": not 'Label: value': " + line);
                continue;
            }
            last = m.group(1);
            fields.putIfAbsent(last, m.group(2));
        }
        return fields;
    }

    /** Regular files under {@code dir}, as paths relative to the bag with '/' separators, sorted. */
    private static List<String> files(Path bag, Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> walk = Files.walk(dir)) {
            TreeSet<String> out = new TreeSet<>();
            walk.filter(Files::isRegularFile).forEach(p -> out.add(bag.relativize(p).toString().replace('\\', '/')));
            return List.copyOf(out);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static String sha512(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-512").digest(Files.readAllBytes(file)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
