package org.teikit.source;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * For generated pages of nested blocks and inline markup with markup-like text: every word the page shows (as jsoup
 * reads its title and body) is a word of the transcription's blocks, in order, and no other word is.
 */
class HtmlPagePropertiesTest {

    @Property(tries = 300)
    void everyWordThePageShowsIsInTheBlocks(@ForAll("pages") String page) throws Exception {
        SourceDocument doc = SourceDocument.parse(SourceText.of("page.html", page));
        List<String> read = new ArrayList<>();
        for (Block b : doc.blocks()) read.addAll(words(b.plain()));
        var parsed = Jsoup.parse(page);
        List<String> shown = new ArrayList<>(words(parsed.title()));   // a page without h1 is headed by its title
        shown.addAll(words(parsed.body().text()));
        assertEquals(shown, read, () -> doc.source().text());
    }

    private static List<String> words(String text) {
        String t = text.replace('\u00a0', ' ').strip();
        return t.isEmpty() ? List.of() : Arrays.asList(t.split("\\s+"));
    }

    @Provide
    Arbitrary<String> pages() {
        return block(3).list().ofMinSize(1).ofMaxSize(6)
                .map(blocks -> "<!DOCTYPE html>\n<html><head><title>t</title><style>p{}</style></head><body>\n"
                        + String.join("\n", blocks) + "\n</body></html>\n");
    }

    private Arbitrary<String> block(int depth) {
        Arbitrary<String> leaf = Combinators.combine(
                Arbitraries.of("p", "h2", "li", "blockquote", "div", "dd", "pre", "td"), inline(2))
                .as((tag, content) -> switch (tag) {
                    case "li" -> "<ul><li>" + content + "</li></ul>";
                    case "dd" -> "<dl><dt>Term</dt><dd>" + content + "</dd></dl>";
                    case "td" -> "<table><tr><td>" + content + "</td><td>cell two</td></tr></table>";
                    default -> "<" + tag + ">" + content + "</" + tag + ">";
                });
        if (depth == 0) return leaf;
        Arbitrary<String> nested = Combinators.combine(Arbitraries.of("div", "blockquote", "section", "li"),
                        block(depth - 1).list().ofMinSize(1).ofMaxSize(3))
                .as((tag, inner) -> tag.equals("li") ? "<ol><li>" + String.join("\n", inner) + "</li></ol>"
                        : "<" + tag + ">\n" + String.join("\n", inner) + "\n</" + tag + ">");
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, leaf), net.jqwik.api.Tuple.of(1, nested));
    }

    private Arbitrary<String> inline(int depth) {
        Arbitrary<String> word = Arbitraries.of("mill", "lock", "1827", "Ann", "*", "_x_", "[sic]", "&lt;b&gt;", "&amp;",
                "#3", "1.", "-", "+", "=", "`code`", "\\", "~~", "A.", "Mr.", "&#8617;", "£186", "m²", "x&nbsp;y");
        Arbitrary<String> plain = word.list().ofMinSize(1).ofMaxSize(6).map(w -> String.join(" ", w));
        if (depth == 0) return plain;
        Arbitrary<String> styled = Combinators.combine(
                        Arbitraries.of("em", "strong", "sup", "sub", "u", "span", "a", "b", "i", "s", "code", "br"), inline(depth - 1))
                .as((tag, content) -> switch (tag) {
                    case "br" -> content + "<br>" + content;
                    case "a" -> "<a href=\"/elsewhere\">" + content + "</a>";
                    default -> "<" + tag + ">" + content + "</" + tag + ">";
                });
        return Combinators.combine(plain, styled, plain).as((a, b, c) -> a + " " + b + " " + c);
    }
}
