package org.teikit.source;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TranscriptionBreaksTest {

    @Test
    void starredAndDashedLinesAreThematicBreaksNotListItems() {
        // before the fix, the block-parser order came from Set.of, randomised per JVM: about one run in
        // two read "* * *" as an empty list item
        for (String line : List.of("* * *", "***", "- - -", "---", "_ _ _")) {
            List<Block> blocks = Transcription.parse("Before.\n\n" + line + "\n\nAfter.\n");
            assertEquals(List.of(Block.Kind.PARAGRAPH, Block.Kind.BREAK, Block.Kind.PARAGRAPH),
                    blocks.stream().map(Block::kind).toList(), line);
        }
    }

    @Test
    void listItemsStillParseAsListItems() {
        List<Block> blocks = Transcription.parse("* one\n* two\n\n1. first\n");
        assertEquals(List.of(Block.Kind.LIST_ITEM, Block.Kind.LIST_ITEM, Block.Kind.LIST_ITEM),
                blocks.stream().map(Block::kind).toList());
        assertEquals("1.", blocks.get(2).marker());
    }
}
