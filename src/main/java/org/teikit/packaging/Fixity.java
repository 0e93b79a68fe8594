package org.teikit.packaging;

import gov.loc.repository.bagit.domain.Bag;
import gov.loc.repository.bagit.domain.Manifest;
import gov.loc.repository.bagit.hash.Hasher;
import gov.loc.repository.bagit.reader.BagReader;
import gov.loc.repository.bagit.verify.BagVerifier;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Fixity of a bag: every checksum of every manifest, Payload-Oxum, and no file missing or extra. bagit-java reads
 * the bag and hashes the files; the comparisons are made here, because bagit-java's own verifier stops at the first
 * problem and this names every one. The verifier is then asked too, as a second opinion on a bag found sound.
 */
final class Fixity {
    private Fixity() {}

    static List<Problem> check(Path bagDir) throws IOException {
        Path root = bagDir.toAbsolutePath().normalize();
        List<Problem> problems = new ArrayList<>();
        if (!Files.isRegularFile(root.resolve("bagit.txt"))) {
            problems.add(new Problem("bagit.txt", "missing, so this is not a bag"));
            return problems;
        }
        Bag bag;
        try {
            bag = new BagReader().read(root);
        } catch (Exception e) {   // bagit-java's reader has seven exception types, all of them "cannot be read"
            problems.add(new Problem("bagit.txt", "the bag cannot be read: " + e.getMessage()));
            return problems;
        }
        Path data = root.resolve("data");
        if (!Files.isDirectory(data)) problems.add(new Problem("data", "missing: a bag's payload folder"));
        if (bag.getPayLoadManifests().isEmpty()) problems.add(new Problem("manifest-sha512.txt", "missing: the bag has no payload manifest"));
        if (bag.getTagManifests().isEmpty()) problems.add(new Problem("tagmanifest-sha512.txt", "missing: the bag has no tag manifest"));

        List<Path> payload = Files.isDirectory(data) ? filesUnder(data) : List.of();
        for (Manifest m : bag.getPayLoadManifests()) checkManifest(root, m, "manifest-", payload, problems);
        List<Path> tagFiles = tagFiles(root);
        for (Manifest m : bag.getTagManifests()) checkManifest(root, m, "tagmanifest-", tagFiles, problems);
        checkOxum(bag, payload, problems);

        if (problems.isEmpty()) secondOpinion(bag, problems);
        return problems;
    }

    /** Each listed file exists and has its checksum; each of {@code present} is listed. */
    private static void checkManifest(Path root, Manifest m, String prefix, List<Path> present, List<Problem> problems)
            throws IOException {
        String manifest = prefix + m.getAlgorithm().getBagitName() + ".txt";
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance(m.getAlgorithm().getMessageDigestName());
        } catch (NoSuchAlgorithmException e) {
            problems.add(new Problem(manifest, "its algorithm cannot be computed here: " + e.getMessage()));
            return;
        }
        Set<Path> listed = new HashSet<>();
        for (var entry : m.getFileToChecksumMap().entrySet()) {
            Path file = entry.getKey().toAbsolutePath().normalize();
            listed.add(file);
            String name = name(root, file);
            if (!Files.isRegularFile(file)) {
                problems.add(new Problem(name, "listed in " + manifest + ", but missing"));
                continue;
            }
            digest.reset();
            String actual = Hasher.hash(file, digest);
            if (!actual.equalsIgnoreCase(entry.getValue().strip())) {
                problems.add(new Problem(name, "its " + m.getAlgorithm().getBagitName() + " checksum differs from " + manifest + "'s"));
            }
        }
        for (Path p : present) {
            if (!listed.contains(p)) problems.add(new Problem(name(root, p), "not listed in " + manifest));
        }
    }

    private static void checkOxum(Bag bag, List<Path> payload, List<Problem> problems) throws IOException {
        List<String> oxum = bag.getMetadata().get("Payload-Oxum");
        if (oxum == null || oxum.isEmpty()) {
            problems.add(new Problem("bag-info.txt", "no Payload-Oxum"));
            return;
        }
        long bytes = 0;
        for (Path p : payload) bytes += Files.size(p);
        String actual = bytes + "." + payload.size();
        if (!oxum.get(0).strip().equals(actual)) {
            problems.add(new Problem("bag-info.txt", "Payload-Oxum " + oxum.get(0).strip() + " recorded, but the payload is "
                    + actual + " (octets.files)"));
        }
    }

    private static void secondOpinion(Bag bag, List<Problem> problems) {
        try (BagVerifier verifier = new BagVerifier()) {
            verifier.isValid(bag, false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            problems.add(new Problem("data", "verification was interrupted"));
        } catch (Exception e) {
            problems.add(new Problem("bagit.txt", "bagit-java's verifier finds the bag invalid: " + e.getMessage()));
        }
    }

    /** The tag files a tag manifest should list: files outside {@code data/} but the tag manifests themselves. */
    private static List<Path> tagFiles(Path root) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : filesUnder(root)) {
            if (p.startsWith(root.resolve("data"))) continue;
            String name = root.relativize(p).toString();
            if (name.toLowerCase(Locale.ROOT).startsWith("tagmanifest-") && !name.contains("/")) continue;
            out.add(p);
        }
        return out;
    }

    private static List<Path> filesUnder(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> !Files.isDirectory(p)).map(p -> p.toAbsolutePath().normalize())
                    .collect(java.util.stream.Collectors.toCollection(TreeSet::new)).stream().toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static String name(Path root, Path file) {
        return file.startsWith(root) ? PayloadNames.of(root.relativize(file)) : file.toString();
    }
}
