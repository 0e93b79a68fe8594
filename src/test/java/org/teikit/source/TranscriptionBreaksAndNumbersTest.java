package org.teikit.source;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TranscriptionBreaksAndNumbersTest {
    @Test
    void spacedAsterisksAreAThematicBreakNotAnEmptyList() {
        List<Block> blocks = Transcription.parse("One.\n\n* * * * *\n\nTwo.\n\n* * * *\n");
        assertEquals(List.of(Block.Kind.PARAGRAPH, Block.Kind.BREAK, Block.Kind.PARAGRAPH, Block.Kind.BREAK),
                blocks.stream().map(Block::kind).toList());
    }

    @Test
    void listItemsKeepTheNumberAsPrinted() {
        List<Block> blocks = Transcription.parse("5. See Goncharov.\n\n6. Molotov Remembers.\n\n8. Goncharov again.\n");
        assertEquals(List.of("5.", "6.", "8."), blocks.stream().map(Block::marker).toList());
    }
}
