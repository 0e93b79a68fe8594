package org.teikit.render;

import nu.xom.Document;
import nu.xom.Nodes;
import nu.xom.XPathContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.teikit.tei.Tei;
import org.teikit.tei.TeiReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The committed edition as other software reads it: each {@code tei/} file rendered by CETEIcean (the TEI
 * Consortium's JavaScript library, pinned in src/test/ceteicean/package.json) in headless chromium, fetched
 * from a loopback HTTP server as CETEIcean's own set-up does. Whatever the TEI has of turns, speakers, notes,
 * letter parts, stamps and listed participants must reach the page's DOM, with its words; counts come from
 * the TEI file itself.
 */
class CeteiceanTest {
    static final Path CETEI = Path.of("target/ceteicean/node_modules/CETEIcean/dist/CETEI.js");
    static final Path VIEW = Path.of("src/test/resources/ceteicean/view.html");
    static final Path EDITION = Path.of("tei");
    private static final XPathContext T = new XPathContext("t", Tei.NS);
    /** The TEI elements checked, each also the name of CETEIcean's custom element ({@code tei-} + lower case). */
    private static final List<String> CHECKED = List.of("sp", "speaker", "note", "opener", "closer", "salute",
            "dateline", "stamp", "person", "persName");

    static ChromeDriver driver;
    static LocalSite site;

    static List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(EDITION)) {
            return s.filter(p -> p.getFileName().toString().matches("\\d{3}_.*\\.xml")).sorted().toList();
        }
    }

    @BeforeAll
    static void serveAndOpen() throws Exception {
        if (!Files.isRegularFile(CETEI)) {
            throw new AssertionError("CETEIcean is not installed at " + CETEI + ": run ./run-tests, or `mkdir -p target/ceteicean"
                    + " && cp src/test/ceteicean/package.json src/test/ceteicean/package-lock.json target/ceteicean/"
                    + " && npm ci --prefix target/ceteicean` (npm: `apt-get install -y npm`)");
        }
        Map<String, Path> served = new HashMap<>();
        served.put("/", VIEW);
        served.put("/CETEI.js", CETEI);
        for (Path f : files()) served.put("/tei/" + f.getFileName(), f);
        site = new LocalSite(served);
        driver = HeadlessChromium.start();
    }

    @AfterAll
    static void close() {
        if (driver != null) driver.quit();
        if (site != null) site.close();
    }

    @Test
    void theFiveFilesHaveEveryKindOfPartBetweenThem() throws Exception {
        List<Path> files = files();
        assertEquals(5, files.size(), files.toString());
        for (String name : CHECKED) {
            int total = 0;
            for (Path f : files) total += teiCount(TeiReader.read(f), name);
            assertTrue(total > 0, "the edition has a " + name + " for the browser to show");
        }
    }

    @ParameterizedTest
    @MethodSource("files")
    void everySpeakerNoteAndLetterPartOfTheTeiIsInTheRenderedPage(Path file) throws Exception {
        Document tei = TeiReader.read(file);
        render(file);
        for (String name : CHECKED) {
            assertEquals(teiCount(tei, name), domCount(name), file.getFileName() + ": tei-" + name.toLowerCase() + " elements");
        }
        assertEquals(teiTexts(tei, "speaker"), domTexts("speaker"), file.getFileName() + ": the speakers' words");
        assertEquals(teiTexts(tei, "salute"), domTexts("salute"), file.getFileName() + ": the salutations");
        assertEquals(teiTexts(tei, "dateline"), domTexts("dateline"), file.getFileName() + ": the datelines");
        // CETEIcean moves an endnote's words to a list at the end of the page: each note's words are on the page
        String page = normalize((String) js("return document.getElementById('tei').textContent"));
        for (String note : teiTexts(tei, "note")) {
            assertTrue(page.contains(note), file.getFileName() + ": note «" + note + "» on the page");
        }
        // a listed participant shows a name, never an empty item
        assertEquals(0L, js("return [...document.querySelectorAll('tei-text tei-person')]"
                + ".filter(p => p.querySelector('tei-persname') === null).length"), file.getFileName() + ": persons without a name");
        if (teiCount(tei, "sp") > 0) {
            assertTrue((Boolean) js("const r = document.querySelector('tei-text tei-speaker').getBoundingClientRect(); return r.height > 0"),
                    file.getFileName() + ": the first speaker is laid out on the page");
        }
    }

    @Test
    void stampsAreNotRunTogetherWithTheirNeighbours() throws Exception {
        Path memo = files().stream().filter(f -> f.getFileName().toString().startsWith("002_")).findFirst().orElseThrow();
        render(memo);
        // one stamp a printed line: a tei-lb (which a CETEIcean page styles as a line break) stands between two
        // stamps, and their words are apart in the page's text
        long stamps = (Long) js("return document.querySelectorAll('tei-text tei-stamp').length");
        assertTrue(stamps >= 2, "the memorandum has stamps");
        assertEquals(0L, js("return [...document.querySelectorAll('tei-text tei-stamp')].filter(s => {"
                + " const next = s.nextElementSibling; return next !== null && next.localName === 'tei-stamp'; }).length"),
                "a stamp followed directly by another, with no line break between");
        assertEquals(0L, js("return [...document.querySelectorAll('tei-text tei-stamp + tei-lb + tei-stamp')].filter(s => {"
                + " const r = document.createRange(); r.setStartAfter(s.previousElementSibling.previousElementSibling); r.setEndBefore(s);"
                + " return !/\\s/.test(r.toString()); }).length"), "two stamps' words run together in the page's text");
    }

    private void render(Path file) {
        driver.get(site.url("/?f=" + file.getFileName()));
        try {
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(d ->
                    "yes".equals(js("return document.body.dataset.rendered")) || js("return document.body.dataset.error") != null);
        } catch (TimeoutException e) {
            throw new AssertionError(file.getFileName() + ": CETEIcean did not render the file within 30 s", e);
        }
        Object error = js("return document.body.dataset.error");
        assertFalse(error != null, file.getFileName() + ": " + error);
    }

    private static Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    private static int teiCount(Document tei, String name) {
        return tei.query("/t:TEI/t:text//t:" + name, T).size();
    }

    private static List<String> teiTexts(Document tei, String name) {
        Nodes nodes = tei.query("/t:TEI/t:text//t:" + name, T);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) out.add(normalize(nodes.get(i).getValue()));
        return out;
    }

    private static int domCount(String name) {
        return ((Long) js("return document.querySelectorAll('tei-text tei-" + name.toLowerCase() + "').length")).intValue();
    }

    @SuppressWarnings("unchecked")
    private static List<String> domTexts(String name) {
        List<Object> texts = (List<Object>) js("return [...document.querySelectorAll('tei-text tei-" + name.toLowerCase()
                + "')].map(e => e.textContent)");
        return texts.stream().map(t -> normalize((String) t)).toList();
    }

    private static String normalize(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
