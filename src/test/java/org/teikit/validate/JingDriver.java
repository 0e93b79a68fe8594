package org.teikit.validate;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jing's own command line (com.thaiopensource.relaxng.util.Driver, package-private, hence reflection), run in this
 * JVM with its output captured: the reference teikit's verdicts are compared with.
 */
public final class JingDriver {
    private static final Pattern LINE = Pattern.compile("^(.*):(\\d+):(\\d+): (error|fatal|warning): (.*)$");

    /** A message of Jing's: "line:column", severity, text. */
    public record JingMessage(int line, int column, String severity, String text) {
        public boolean failsFile() {
            return !severity.equals("warning");
        }
    }

    private JingDriver() {}

    /**
     * Jing's messages for each file. Jing stops at the first malformed file and skips the rest of its command line,
     * so it is run again from the file after each one that stopped it.
     */
    public static Map<Path, List<JingMessage>> validate(Path schema, List<Path> files) {
        Map<Path, List<JingMessage>> all = new LinkedHashMap<>();
        int from = 0;
        while (from < files.size()) {
            List<Path> batch = files.subList(from, files.size());
            Map<Path, List<JingMessage>> got = run(schema, batch);
            int stoppedAt = -1;
            for (int i = 0; i < batch.size(); i++) {
                List<JingMessage> messages = got.get(batch.get(i));
                all.put(batch.get(i), messages);
                if (messages.stream().anyMatch(m -> m.severity().equals("fatal"))) {
                    stoppedAt = i;
                    break;
                }
            }
            if (stoppedAt < 0) break;
            from += stoppedAt + 1;
        }
        return all;
    }

    private static Map<Path, List<JingMessage>> run(Path schema, List<Path> files) {
        List<String> args = new ArrayList<>();
        args.add(schema.toString());
        files.forEach(f -> args.add(f.toString()));
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.out;
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            Class<?> driver = Class.forName("com.thaiopensource.relaxng.util.Driver");
            Constructor<?> c = driver.getDeclaredConstructor();
            c.setAccessible(true);
            Method doMain = driver.getDeclaredMethod("doMain", String[].class);
            doMain.setAccessible(true);
            doMain.invoke(c.newInstance(), (Object) args.toArray(String[]::new));
            System.out.flush();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot run Jing's Driver", e);
        } finally {
            System.setOut(original);
        }
        Map<Path, List<JingMessage>> byFile = new LinkedHashMap<>();
        files.forEach(f -> byFile.put(f, new ArrayList<>()));
        for (String line : captured.toString(StandardCharsets.UTF_8).split("\n")) {
            Matcher m = LINE.matcher(line);
            if (!m.matches()) continue;
            Path file = Path.of(m.group(1));
            List<JingMessage> list = byFile.get(file);
            if (list == null) throw new IllegalStateException("Jing reported on an unexpected file: " + line);
            list.add(new JingMessage(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), m.group(4),
                    m.group(5)));
        }
        return byFile;
    }
}
