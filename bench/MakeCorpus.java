import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Builds a reproducible benchmark corpus of at least SIZE_MB MiB of TEI from the test fixtures
 * (valid/ and invalid/), run by bench/make-corpus.sh with the JDK's source launcher.
 *
 * <p>Copy number c of a fixture gets every xml:id (and the "#id" pointers to it) suffixed with
 * "-cN" and its first title marked "[copy N]"; a seeded minority of copies also repeat the longest
 * run of same-named top-level body children (divisions, entries, utterances…) several times, each
 * repetition with its own id suffix, which makes some files large. Bytes outside those edits are
 * kept as they are, so encodings, BOMs, CRLF line ends, comments, PIs and CDATA survive, and every
 * copy keeps its fixture's verdict (valid copies stay valid, invalid ones stay invalid).
 */
public final class MakeCorpus {

  private static final long SEED = 20261123L;
  private static final Pattern XML_ID = Pattern.compile("xml:id=\"([^\"]+)\"");
  private static final Pattern POINTER = Pattern.compile("(?<![&\\w])#([A-Za-z_][\\w.\\-]*)");
  private static final Pattern BODY_START = Pattern.compile("<body(\\s[^>]*)?>");
  private static final Pattern DECLARED_ENCODING = Pattern.compile("encoding=[\"']([A-Za-z0-9._\\-]+)[\"']");

  record Fixture(String verdict, Path path, byte[] bom, Charset charset, String text) {}

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: java MakeCorpus.java SIZE_MB OUTDIR FIXTURE_DIR");
      System.exit(2);
    }
    long target = Long.parseLong(args[0]) * 1024L * 1024L;
    Path out = Paths.get(args[1]);
    Path fixtures = Paths.get(args[2]);
    List<Fixture> sources = new ArrayList<>();
    for (String verdict : List.of("valid", "invalid")) {
      try (Stream<Path> files = Files.list(fixtures.resolve(verdict))) {
        for (Path p : files.filter(f -> f.toString().endsWith(".xml")).sorted().collect(Collectors.toList())) {
          sources.add(read(verdict, p));
        }
      }
    }
    Files.createDirectories(out.resolve("valid"));
    Files.createDirectories(out.resolve("invalid"));
    Random random = new Random(SEED);
    StringBuilder manifest = new StringBuilder("path\tsource\texpected\tbytes\trepetitions\n");
    long bytes = 0;
    int files = 0;
    for (int copy = 1; bytes < target; copy++) {
      for (Fixture f : sources) {
        if (bytes >= target) break;
        double roll = random.nextDouble();
        int repetitions = roll < 0.85 ? 1 : roll < 0.97 ? 2 + random.nextInt(7) : 10 + random.nextInt(31);
        String text = renameIds(f.text(), "-c" + copy);
        text = text.replaceFirst("</title>", " [copy " + copy + "]</title>");
        text = repeatLongestBodyRun(text, repetitions);
        String name = f.path().getFileName().toString().replaceFirst("\\.xml$", "")
            + String.format(Locale.ROOT, "-c%04d.xml", copy);
        Path target1 = out.resolve(f.verdict()).resolve(name);
        byte[] body = text.getBytes(f.charset());
        byte[] all = new byte[f.bom().length + body.length];
        System.arraycopy(f.bom(), 0, all, 0, f.bom().length);
        System.arraycopy(body, 0, all, f.bom().length, body.length);
        Files.write(target1, all);
        bytes += all.length;
        files++;
        manifest.append(f.verdict()).append('/').append(name).append('\t')
            .append(f.verdict()).append('/').append(f.path().getFileName()).append('\t')
            .append(f.verdict()).append('\t').append(all.length).append('\t').append(repetitions).append('\n');
      }
    }
    Files.writeString(out.resolve("MANIFEST.tsv"), manifest.toString(), StandardCharsets.UTF_8);
    System.out.println(files + " files, " + bytes + " bytes");
  }

  /** Decodes a fixture the way an XML parser would: BOM first, then the declared encoding. */
  static Fixture read(String verdict, Path p) throws IOException {
    byte[] raw = Files.readAllBytes(p);
    if (raw.length >= 2 && (raw[0] & 0xff) == 0xff && (raw[1] & 0xff) == 0xfe) {
      return fixture(verdict, p, raw, 2, StandardCharsets.UTF_16LE);
    }
    if (raw.length >= 2 && (raw[0] & 0xff) == 0xfe && (raw[1] & 0xff) == 0xff) {
      return fixture(verdict, p, raw, 2, StandardCharsets.UTF_16BE);
    }
    if (raw.length >= 3 && (raw[0] & 0xff) == 0xef && (raw[1] & 0xff) == 0xbb && (raw[2] & 0xff) == 0xbf) {
      return fixture(verdict, p, raw, 3, StandardCharsets.UTF_8);
    }
    String head = new String(raw, 0, Math.min(raw.length, 200), StandardCharsets.ISO_8859_1);
    int declEnd = head.startsWith("<?xml") ? head.indexOf("?>") : -1;
    Matcher m = DECLARED_ENCODING.matcher(declEnd > 0 ? head.substring(0, declEnd) : "");
    Charset cs = m.find() ? Charset.forName(m.group(1)) : StandardCharsets.UTF_8;
    return fixture(verdict, p, raw, 0, cs);
  }

  private static Fixture fixture(String verdict, Path p, byte[] raw, int bomLength, Charset cs) {
    byte[] bom = new byte[bomLength];
    System.arraycopy(raw, 0, bom, 0, bomLength);
    return new Fixture(verdict, p, bom, cs, new String(raw, bomLength, raw.length - bomLength, cs));
  }

  /** Suffixes every xml:id declared in text, and every "#id" pointer to one of them. */
  static String renameIds(String text, String suffix) {
    Set<String> ids = new HashSet<>();
    Matcher m = XML_ID.matcher(text);
    while (m.find()) ids.add(m.group(1));
    if (ids.isEmpty()) return text;
    String renamed = XML_ID.matcher(text).replaceAll(r -> Matcher.quoteReplacement("xml:id=\"" + r.group(1) + suffix + "\""));
    return POINTER.matcher(renamed).replaceAll(r -> Matcher.quoteReplacement(
        ids.contains(r.group(1)) ? "#" + r.group(1) + suffix : r.group()));
  }

  /**
   * Repeats, right after itself, the longest run of consecutive same-named element children of the
   * first body. A run of siblings with one name is repeatable in every TEI content model we use.
   */
  static String repeatLongestBodyRun(String text, int repetitions) {
    if (repetitions <= 1) return text;
    Matcher body = BODY_START.matcher(text);
    if (!body.find()) return text;
    List<int[]> children = new ArrayList<>(); // start, end of each top-level child element
    List<String> names = new ArrayList<>();
    int i = body.end(), depth = 0, childStart = -1;
    String childName = null;
    while (i < text.length()) {
      int lt = text.indexOf('<', i);
      if (lt < 0) return text;
      if (text.startsWith("<!--", lt)) { i = text.indexOf("-->", lt) + 3; continue; }
      if (text.startsWith("<![CDATA[", lt)) { i = text.indexOf("]]>", lt) + 3; continue; }
      if (text.startsWith("<?", lt)) { i = text.indexOf("?>", lt) + 2; continue; }
      int gt = tagEnd(text, lt);
      if (text.startsWith("</", lt)) {
        if (depth == 0) break; // </body>
        depth--;
        if (depth == 0) { children.add(new int[] {childStart, gt + 1}); names.add(childName); }
      } else {
        boolean empty = text.charAt(gt - 1) == '/';
        if (depth == 0) { childStart = lt; childName = tagName(text, lt + 1); }
        if (empty) {
          if (depth == 0) { children.add(new int[] {childStart, gt + 1}); names.add(childName); }
        } else {
          depth++;
        }
      }
      i = gt + 1;
    }
    int bestFrom = -1, bestTo = -1, bestLength = 0;
    for (int a = 0; a < children.size(); ) {
      int b = a;
      while (b + 1 < children.size() && names.get(b + 1).equals(names.get(a))) b++;
      int length = children.get(b)[1] - children.get(a)[0];
      if (length > bestLength) { bestLength = length; bestFrom = a; bestTo = b; }
      a = b + 1;
    }
    if (bestFrom < 0) return text;
    int start = children.get(bestFrom)[0], end = children.get(bestTo)[1];
    String run = text.substring(start, end);
    int k = start;
    while (k > 0 && Character.isWhitespace(text.charAt(k - 1))) k--;
    String indent = text.substring(k, start); // the run's own line break and indentation, if any
    StringBuilder result = new StringBuilder(text.length() + run.length() * (repetitions - 1));
    result.append(text, 0, end);
    for (int r = 2; r <= repetitions; r++) {
      result.append(indent).append(renameIds(run, "-x" + r));
    }
    return result.append(text, end, text.length()).toString();
  }

  /** Index of the '>' closing the tag that starts at lt; quoted attribute values may hold '>'. */
  private static int tagEnd(String text, int lt) {
    char quote = 0;
    for (int j = lt + 1; j < text.length(); j++) {
      char c = text.charAt(j);
      if (quote != 0) { if (c == quote) quote = 0; }
      else if (c == '"' || c == '\'') quote = c;
      else if (c == '>') return j;
    }
    throw new IllegalStateException("unterminated tag at offset " + lt);
  }

  private static String tagName(String text, int from) {
    int j = from;
    while (j < text.length() && !Character.isWhitespace(text.charAt(j)) && text.charAt(j) != '>' && text.charAt(j) != '/') j++;
    return text.substring(from, j);
  }

  private MakeCorpus() {}
}
