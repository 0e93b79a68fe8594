package org.teikit.render;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Every word of the reading text appears in the text view, in order, and nothing else does. */
class TextViewFidelityTest {
    @TempDir
    Path out;

    @TestFactory
    Stream<DynamicTest> textViewWordsEqualReadingTextWords() throws Exception {
        List<Path> files = Fixtures.all();
        assertFalse(files.isEmpty());
        return files.stream().map(tei -> DynamicTest.dynamicTest(tei.getFileName().toString(), () -> {
            Path txt = out.resolve(tei.getFileName() + ".txt");
            SharedViews.VIEWS.text(tei, txt, 72);
            List<String> expected = ReadingText.words(tei);
            List<String> actual = ReadingText.textViewWords(Files.readString(txt));
            assertNull(ReadingText.difference(expected, actual), tei.toString());
        }));
    }

    @TestFactory
    Stream<DynamicTest> htmlViewDropsNoWordOfTheReadingText() throws Exception {
        return Fixtures.all().stream().map(tei -> DynamicTest.dynamicTest(tei.getFileName().toString(), () -> {
            Path html = out.resolve(tei.getFileName() + ".html");
            SharedViews.VIEWS.html(tei, html);
            List<String> expected = ReadingText.words(tei);
            List<String> actual = ReadingText.htmlWords(Files.readString(html));
            assertNull(ReadingText.missingFromSubsequence(expected, actual), tei.toString());
        }));
    }
}
