package org.teikit.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real editor: Neovim's built-in LSP client, headless, configured by docs/editors/teikit.lua, runs {@code teikit
 * lsp} (this build's classes) on a TEI file with errors; its diagnostics must be teikit validate's messages at
 * validate's positions, and its completion list the one the grammar gives.
 */
class LspNeovimTest {
    @TempDir
    Path root;

    @Test
    void neovimShowsValidatesDiagnosticsAndCompletesFromTheGrammar() throws Exception {
        String nvim = onPath("nvim");
        if (nvim == null) fail("Neovim is missing: apt-get install -y neovim (./run-tests installs it as root)");
        LspFixtures.edition(root);
        // ASCII only: Neovim counts columns in bytes, LSP and validate in UTF-16 units
        String text = LspFixtures.read(Path.of("tei/003_087891b04bf76bde.xml")).replaceAll("[^\\x00-\\x7F]", "-")
                .replaceFirst("<p>", "<p rend=\"x\">")
                .replaceFirst("<speaker>", "<speaker><bogus/>");
        Path doc = LspFixtures.write(root.resolve("tei/nvim.xml"), text);
        List<String> expected = LspFixtures.validateMessages(doc);
        assertTrue(expected.size() >= 2, "the fixture has errors: " + expected);

        int p = text.indexOf("<p rend=\"x\">") + "<p rend=\"x\">".length();
        Lines lines = new Lines(text);
        var at = lines.position(p);

        Path out = root.resolve("nvim-result.json");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        JsonArray cmd = new JsonArray();
        for (String part : List.of(java, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                "org.teikit.cli.TeikitCommand", "lsp")) cmd.add(part);
        ProcessBuilder pb = new ProcessBuilder(nvim, "--headless", "-u", "NONE", "-i", "NONE", "-n",
                "-c", "luafile " + Path.of("src/test/resources/lsp/neovim-client.lua").toAbsolutePath())
                .directory(root.toFile())
                .redirectErrorStream(true)
                .redirectOutput(root.resolve("nvim.log").toFile());
        pb.environment().put("TEIKIT_OUT", out.toString());
        pb.environment().put("TEIKIT_EXPECTED_DIAGNOSTICS", String.valueOf(expected.size()));
        pb.environment().put("TEIKIT_CMD", cmd.toString());
        pb.environment().put("TEIKIT_CONFIG", Path.of("docs/editors/teikit.lua").toAbsolutePath().toString());
        pb.environment().put("TEIKIT_DOC", doc.toString());
        pb.environment().put("TEIKIT_COMPLETE_LINE", String.valueOf(at.getLine()));
        pb.environment().put("TEIKIT_COMPLETE_CHARACTER", String.valueOf(at.getCharacter()));
        pb.environment().put("XDG_STATE_HOME", root.resolve("state").toString());
        pb.environment().put("XDG_CACHE_HOME", root.resolve("cache").toString());
        Process nv = pb.start();
        if (!nv.waitFor(240, TimeUnit.SECONDS)) {
            nv.destroyForcibly();
            fail("Neovim did not finish; its log:\n" + Files.readString(root.resolve("nvim.log")));
        }
        assertTrue(Files.exists(out), "Neovim wrote no result; its log:\n" + Files.readString(root.resolve("nvim.log")));
        JsonObject result = JsonParser.parseString(Files.readString(out)).getAsJsonObject();
        assertEquals("xml", result.get("filetype").getAsString());

        List<String> shown = new ArrayList<>();
        for (JsonElement e : result.getAsJsonArray("diagnostics")) {
            JsonObject d = e.getAsJsonObject();
            shown.add((d.get("end_lnum").getAsInt() + 1) + ":" + (d.get("end_col").getAsInt() + 1) + ": "
                    + d.get("message").getAsString());
            assertEquals("teikit", d.get("source").getAsString());
        }
        assertEquals(sorted(expected), sorted(shown), "Neovim's diagnostics are validate's messages at validate's positions");

        List<String> labels = new ArrayList<>();
        for (JsonElement e : result.getAsJsonArray("completion")) labels.add(e.getAsString());
        try (LspTestClient client = new LspTestClient(null)) {
            String uri = LspFixtures.uri(doc);
            client.open(uri, text);
            client.diagnosticsOfCurrentVersion(uri, 60_000, 2_000);
            assertEquals(client.completionLabels(uri, at.getLine(), at.getCharacter()), labels);
        }
        assertTrue(labels.contains("persName") && labels.contains("hi"), labels.toString());
        assertFalse(labels.contains("div") || labels.contains("teiHeader"), labels.toString());
    }

    private static List<String> sorted(List<String> l) {
        return l.stream().sorted().toList();
    }

    private static String onPath(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path p = Path.of(dir, name);
            if (Files.isExecutable(p)) return p.toString();
        }
        return null;
    }
}
