package org.teikit.render;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every page the views write (documents, index, persons) passes the Nu HTML Checker without errors. */
class HtmlValidityTest {

    @Test
    void everyRenderedPageHasNoNuHtmlCheckerErrors() throws Exception {
        Path site = Path.of("target/render-nu/site");
        List<Path> tei = Fixtures.all();
        SharedViews.VIEWS.site(tei, site);
        List<Path> pages = new ArrayList<>();
        try (var s = Files.list(site)) { s.filter(p -> p.toString().endsWith(".html")).sorted().forEach(pages::add); }
        assertEquals(tei.size() + 2, pages.size(), "one page per document plus index and persons");
        List<String> errors = NuHtmlChecker.errors(pages);
        assertTrue(errors.isEmpty(), String.join("\n", errors));
    }

    @Test
    void theEditionsPagesHaveNoNuHtmlCheckerErrors() throws Exception {
        // the edition's own documents (the bulletin's long contents, its persons) and persons.html from tei/persons.xml
        Path site = Path.of("target/render-nu/edition");
        List<Path> tei = new ArrayList<>();
        try (var s = Files.list(Path.of("tei"))) {
            s.filter(p -> p.toString().endsWith(".xml") && !p.getFileName().toString().equals("persons.xml")).sorted().forEach(tei::add);
        }
        assertFalse(tei.isEmpty());
        SharedViews.VIEWS.site(tei, Path.of("tei/persons.xml"), site);
        List<Path> pages = new ArrayList<>();
        try (var s = Files.list(site)) { s.filter(p -> p.toString().endsWith(".html")).sorted().forEach(pages::add); }
        assertEquals(tei.size() + 2, pages.size());
        List<String> errors = NuHtmlChecker.errors(pages);
        assertTrue(errors.isEmpty(), String.join("\n", errors));
    }

    @Test
    void checkerReportsErrorsOnInvalidHtml() throws Exception {
        // guards the test above against a checker that silently accepts everything
        Path bad = Path.of("target/render-nu/invalid.html");
        Files.createDirectories(bad.getParent());
        Files.writeString(bad, "<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head><body><p>a<div>b</div></p><span><div>c</div></span></body></html>");
        assertFalse(NuHtmlChecker.errors(List.of(bad)).isEmpty());
    }
}
