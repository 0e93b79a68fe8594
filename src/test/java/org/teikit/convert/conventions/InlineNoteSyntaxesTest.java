package org.teikit.convert.conventions;

import nu.xom.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.teikit.convert.conventions.GenericConversion.faithful;

/**
 * Notes whose text the source writes where they are referred to: LaTeX's {@code \footnote{…}} (and
 * {@code \footnotemark} with its {@code \footnotetext}), MediaWiki's {@code <ref>…</ref>}, Org's {@code [fn:1]} marks
 * and {@code [fn:label: text]}. Each numbered as its processor would print it; commented-out markup is no note. Each
 * case is also checked word for word against its source.
 */
class InlineNoteSyntaxesTest {

    private static List<String> notes(Document d) {
        return GenericConversion.notesAfterWords(d, "//t:note[@type='source'][@n][parent::t:p or parent::t:item]");
    }

    @Test
    void latexFootnotesAreNumberedInOrder() throws Exception {
        Document d = faithful("""
                The quarry closed in 1921\\footnote{After the strike of that spring.}, and the
                village emptied.\\footnote{Its school lost half its pupils; see \\emph{Minutes},
                p.~12.} Only the chapel stayed open.
                """);
        assertEquals(List.of("1: 1921 | After the strike of that spring.",
                "2: emptied. | Its school lost half its pupils; see \\emph{Minutes}, p.~12."), notes(d));
    }

    @Test
    void aFootnotemarkTakesTheFootnotetextAfterIt() throws Exception {
        Document d = faithful("""
                The lime kiln\\footnote{Built of local stone.} stood by the lane, and the barn\\footnotemark{} beside it.
                \\footnotetext{Now a garage.}
                """);
        assertEquals(List.of("1: kiln | Built of local stone.", "2: barn | Now a garage."), notes(d));
    }

    /** Trap: a commented-out footnote and a per cent sign are no notes. */
    @Test
    void aCommentedOutFootnoteIsNoNote() throws Exception {
        Document d = faithful("""
                % \\footnote{Ask the vicar about the bells.}
                Some 40% of the roofs were slate.\\footnote{The rest were thatch.}
                """);
        assertEquals(List.of("1: slate. | The rest were thatch."), notes(d));
        assertTrue(d.toXML().contains("Ask the vicar"), d.toXML());
    }

    @Test
    void wikiReferencesAreNumberedByFirstUseAndGroupsApart() throws Exception {
        Document d = faithful("""
                The lighthouse was lit in 1858.<ref name="board">Harbour Board minutes, 1858.</ref> Its keeper
                lived in the tower<ref group="note">The cottage came later.</ref> until 1870,<ref>Census, 1871.</ref>
                when the board built a cottage.<ref name="board" />
                """);
        assertEquals(List.of("1: 1858. | Harbour Board minutes, 1858.", "note 1: tower | The cottage came later.",
                "2: 1870, | Census, 1871."), notes(d));
    }

    /** Trap: a reference inside an HTML comment is the editor's aside, no note. */
    @Test
    void aCommentedOutReferenceIsNoNote() throws Exception {
        Document d = faithful("""
                <!-- <ref>Find the photograph.</ref> -->
                The lamp burned colza oil.<ref>Trinity House letter.</ref>
                """);
        assertEquals(List.of("1: oil. | Trinity House letter."), notes(d));
    }

    @Test
    void orgFootnotesByNumberAndLabelAndInline() throws Exception {
        Document d = faithful("""
                The hedge[fn:1] was laid in March, and the bank[fn:badger] was left alone. A robin sang on the
                gate[fn:robin: Seen again the next day, on the same post.] all morning.

                ** TODO tidy the gate [1/2]
                - [X] oil the hinge

                * Footnotes

                [fn:1] Midland style, with stakes of hazel.

                [fn:badger] An old sett, still in use.
                """);
        assertEquals(List.of("1: hedge | Midland style, with stakes of hazel.", "badger: bank | An old sett, still in use.",
                "robin: gate | Seen again the next day, on the same post."), notes(d));
        assertTrue(d.toXML().contains("1/2") && d.toXML().contains("X</"), d.toXML());   // a cookie and a checkbox: no notes
    }
}
