package org.teikit.source;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class TranscriptionTest {

    @Test
    void readsHeadingsParagraphsQuotesListsAndBreaksWithTheirLines() {
        List<Block> blocks = Transcription.parse("# Title\n\nFirst para\ncontinued.\n\n> [quoted]\n\n1. a note\n\n---\n\n* * * * *\n");
        assertEquals(List.of(Block.Kind.HEADING, Block.Kind.PARAGRAPH, Block.Kind.QUOTE, Block.Kind.LIST_ITEM,
                Block.Kind.BREAK, Block.Kind.BREAK), blocks.stream().map(Block::kind).toList());
        assertEquals(1, blocks.get(0).level());
        assertEquals("First para continued.", blocks.get(1).plain());
        assertEquals(3, blocks.get(1).line());
        assertEquals("1.", blocks.get(3).marker());
        assertEquals("a note", blocks.get(3).plain());
    }

    @Test
    void pairsInlineHtmlTagsIntoStyledRuns() {
        List<Inline> in = Transcription.parse("<u>Comrade Stalin</u>: yes<sup>[1]</sup> and <u>Liu</u> <u>Shaoqi</u>").get(0).inlines();
        assertEquals(new Inline.Styled(Inline.Style.UNDERLINE, List.of(new Inline.Text("Comrade Stalin"))), in.get(0));
        assertEquals(new Inline.Text(": yes"), in.get(1));
        assertEquals(new Inline.Styled(Inline.Style.SUPERSCRIPT, List.of(new Inline.Text("[1]"))), in.get(2));
        assertEquals(Inline.Style.UNDERLINE, ((Inline.Styled) in.get(4)).style());
    }

    /** A tag left open, or a closing tag that closes nothing, stays as text: the lines still begin where the source's do. */
    @Test
    void linesBeginWhereTheSourcesDoPastATagKeptAsText() {
        for (String first : List.of("<u>Grete wrote <sup>to him 97</sup>", "Grete wrote</b> <sup>to him 97</sup>",
                "*<u>Grete* wrote <sup>to him 97</sup>")) {
            Block b = Transcription.parse(first + "\nthe second line").get(0);
            assertEquals(2, b.lines().size(), first);
            assertEquals("the second line", Inline.plain(b.lines().get(1)).strip(), first);
            assertTrue(Inline.plain(b.lines().get(0)).endsWith("to him 97"), first);
        }
    }

    @Test
    void resolvesEscapesEmphasisStrikeAndHardBreaks() {
        List<Inline> in = Transcription.parse("\\$5 \\* **bold** *it* ~~TOP SECRET~~  \nnext\\_").get(0).inlines();
        assertEquals("$5 * ", ((Inline.Text) in.get(0)).text());
        assertEquals(Inline.Style.BOLD, ((Inline.Styled) in.get(1)).style());
        assertEquals(Inline.Style.ITALIC, ((Inline.Styled) in.get(3)).style());
        assertEquals(new Inline.Styled(Inline.Style.STRIKE, List.of(new Inline.Text("TOP SECRET"))), in.get(5));
        assertInstanceOf(Inline.LineBreak.class, in.get(6));
        assertEquals("next_", ((Inline.Text) in.get(7)).text());
    }

    @Test
    void keepsIndentedTextAsParagraphNotCode() {
        List<Block> blocks = Transcription.parse("Intro\n\n    indented transcription line\n");
        assertEquals(Block.Kind.PARAGRAPH, blocks.get(1).kind());
        assertEquals("indented transcription line", blocks.get(1).plain());
    }

    @Test
    void keepsAnUnclosedTagAsTextSoNoWordIsLost() {
        List<Block> blocks = Transcription.parse("<u>Stalin: never closed");
        assertEquals("<u>Stalin: never closed", blocks.get(0).plain());
    }

    /** When commonmark's stack overflows, the paragraph named is the one with the most marks that open nesting. */
    @Test
    void theParagraphBlamedForAnOverflowIsTheOneThatNestsMost() {
        String text = "A plain first paragraph - with a dash.\n\nSecond,\nover two lines.\n\n"
                + "> ".repeat(30) + "quoted\n\n" + "*".repeat(20) + "x" + "*".repeat(20) + "\n\nLast.\n";
        assertEquals(8, Transcription.mostNestingMarks(text), "the emphasis paragraph (40 marks; the quotes have 30), line 8");
        assertEquals(1, Transcription.mostNestingMarks("Nothing nested here.\n"));
    }
}
