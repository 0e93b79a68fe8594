package org.teikit.render;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The library's shape: compiled once, immutable, shared by threads; broken input leaves nothing behind. */
class ViewsApiTest {
    @TempDir
    Path out;

    @Test
    void stylesheetsAreCompiledOnceIntoAnImmutableObject() throws Exception {
        // the only way to get Views is compile(); rendering methods live on the compiled instance
        assertTrue(Arrays.stream(Views.class.getConstructors()).noneMatch(c -> Modifier.isPublic(c.getModifiers())));
        Method compile = Views.class.getMethod("compile");
        assertTrue(Modifier.isStatic(compile.getModifiers()));
        assertEquals(Views.class, compile.getReturnType());
        for (String name : List.of("html", "text", "site", "htmlAll", "textAll")) {
            Method m = Arrays.stream(Views.class.getMethods()).filter(x -> x.getName().equals(name)).findFirst().orElseThrow();
            assertFalse(Modifier.isStatic(m.getModifiers()), name + " renders with the compiled instance");
        }
        assertTrue(Modifier.isFinal(Views.class.getModifiers()));
        for (Field f : Views.class.getDeclaredFields()) {
            assertTrue(Modifier.isFinal(f.getModifiers()), "field " + f.getName() + " is final");
        }
        // the compiled stylesheets are held as Saxon executables, not recompiled per call
        long executables = Arrays.stream(Views.class.getDeclaredFields())
                .filter(f -> f.getType() == net.sf.saxon.s9api.XsltExecutable.class).count();
        assertEquals(3, executables, "html, text and site stylesheets");
    }

    @Test
    void saxon12IsTheOnlySaxonAndTheNuCheckerStaysOffTheClasspath() throws Exception {
        // the Nu HTML Checker depends on Saxon 9.6 and a Jing fork; it runs in its own JVM
        // (NuHtmlChecker), so neither can shadow Saxon 12 or teikit's Jing here
        assertTrue(new net.sf.saxon.s9api.Processor(false).getSaxonProductVersion().startsWith("12."));
        String saxonJar = net.sf.saxon.s9api.Processor.class.getProtectionDomain().getCodeSource().getLocation().toString();
        assertTrue(saxonJar.contains("Saxon-HE-12."), saxonJar);
        assertEquals(1, java.util.Collections.list(getClass().getClassLoader().getResources("net/sf/saxon/Version.class")).size(), "one Saxon on the classpath");
        assertThrows(ClassNotFoundException.class, () -> Class.forName("nu.validator.validation.SimpleDocumentValidator"));
    }

    @Test
    void oneInstanceRendersManyFilesInParallelExactlyAsOneByOne() throws Exception {
        List<Path> files = Fixtures.renderFixtures();
        Path seq = Files.createDirectories(out.resolve("seq"));
        for (Path f : files) SharedViews.VIEWS.html(f, seq.resolve(f.getFileName() + ".html"));
        Path par = Files.createDirectories(out.resolve("par"));
        // each file twice, all at once: threads share the compiled executables
        List<Path> twice = new ArrayList<>(files);
        twice.addAll(files);
        twice.parallelStream().forEach(f -> {
            try {
                SharedViews.VIEWS.html(f, par.resolve(f.getFileName() + ".html"));
            } catch (RenderException e) {
                throw new AssertionError(e);
            }
        });
        for (Path f : files) {
            assertEquals(Files.readString(seq.resolve(f.getFileName() + ".html")),
                    Files.readString(par.resolve(f.getFileName() + ".html")), f.toString());
        }
        assertTrue(SharedViews.VIEWS.htmlAll(files, out.resolve("all")).isEmpty());
        assertEquals(files.size(), Files.list(out.resolve("all")).count());
    }

    @Test
    void brokenInputNamesFileLineAndColumnAndWritesNothing() throws Exception {
        Path html = out.resolve("broken.html");
        RenderException e = assertThrows(RenderException.class, () -> SharedViews.VIEWS.html(Fixtures.BROKEN, html));
        assertEquals(3, e.line());
        assertTrue(e.column() > 0);
        assertTrue(e.getMessage().startsWith(Fixtures.BROKEN + ":3:" + e.column() + ": "), e.getMessage());
        assertTrue(e.getMessage().contains("hi"), "the parser's reason is kept: " + e.getMessage());
        assertThrows(RenderException.class, () -> SharedViews.VIEWS.text(Fixtures.BROKEN, out.resolve("broken.txt"), 72));
        try (Stream<Path> left = Files.list(out)) {
            assertEquals(List.of(), left.toList(), "no output and no temporary file left behind");
        }
    }

    @Test
    void failedRenderKeepsThePreviousOutputIntact() throws Exception {
        Path html = out.resolve("page.html");
        Files.writeString(html, "previous");
        assertThrows(RenderException.class, () -> SharedViews.VIEWS.html(Fixtures.BROKEN, html));
        assertEquals("previous", Files.readString(html));
    }

    @Test
    void externalEntitiesAreNotFetched() throws Exception {
        Path secret = Files.writeString(out.resolve("secret.txt"), "TOPSECRETVALUE");
        Path hostile = Files.writeString(out.resolve("hostile.xml"),
                "<?xml version=\"1.0\"?>\n<!DOCTYPE TEI [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
                        + "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body><p>a &x; b</p></body></text></TEI>\n");
        Path txt = out.resolve("hostile.txt");
        try {
            SharedViews.VIEWS.text(hostile, txt, 72);
            assertFalse(Files.readString(txt).contains("TOPSECRETVALUE"));
        } catch (RenderException refused) {
            assertFalse(Files.exists(txt));
        }
    }

    @Test
    void aBrokenPersonsIndexIsReportedAtItsPositionBeforeAnyPageIsWritten() throws Exception {
        Path site = out.resolve("site");
        RenderException e = assertThrows(RenderException.class, () -> SharedViews.VIEWS.site(List.of(Fixtures.TEIKIT), Fixtures.BROKEN, site));
        assertTrue(e.getMessage().startsWith(Fixtures.BROKEN + ":3:"), e.getMessage());
        assertFalse(Files.exists(site.resolve("persons.html")));
        assertFalse(Files.exists(site.resolve("teikit-conversations.html")));
    }

    @Test
    void siteListsFailuresButStillWritesTheOthers() throws Exception {
        Path site = out.resolve("site");
        List<Path> files = List.of(Fixtures.TEIKIT, Fixtures.BROKEN);
        RenderException e = assertThrows(RenderException.class, () -> SharedViews.VIEWS.site(files, site));
        assertTrue(e.getMessage().contains("broken.xml"));
        assertTrue(Files.exists(site.resolve("teikit-conversations.html")));
        assertFalse(Files.exists(site.resolve("broken.html")));
        assertNotNull(HtmlPages.read(site.resolve("index.html")).selectFirst("a[href=teikit-conversations.html]"));
    }
}
