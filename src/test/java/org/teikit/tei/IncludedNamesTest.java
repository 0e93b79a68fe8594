package org.teikit.tei;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** How a message in an included file names it: beside the document as the user named the document. */
class IncludedNamesTest {
    private static final URI BOOK = Path.of("/work/editions/book.xml").toUri();

    @Test
    void anIncludedFileIsNamedAsTheUserNamedTheDocumentItsRelativePathInPlace() {
        IncludedNames names = IncludedNames.of("editions/book.xml", BOOK);
        assertEquals("editions/ch/1.xml", names.of("file:/work/editions/ch/1.xml"));
        assertEquals("common/header.xml", names.of("file:/work/common/header.xml"));
        assertEquals("editions/my chapters/één.xml", names.of("file:/work/editions/my%20chapters/%C3%A9%C3%A9n.xml"));
        assertEquals("/work/editions/ch/1.xml",
                IncludedNames.of("/work/editions/book.xml", BOOK).of("file:///work/editions/ch/1.xml"));
        assertEquals("../common/header.xml", IncludedNames.of("book.xml", BOOK).of("file:/work/common/header.xml"));
    }

    @Test
    void theDocumentsOwnSystemIdInAnySpellingOrNoneIsTheDocument() {
        IncludedNames names = IncludedNames.of("editions/book.xml", BOOK);
        for (String own : new String[] {"file:/work/editions/book.xml", "file:///work/editions/book.xml",
                "file:/work/editions/./book.xml", null}) {
            assertEquals("editions/book.xml", names.of(own), own);
        }
    }

    @Test
    void standardInputsIncludesAreNamedFromTheCurrentFolderAndNoneMeansNoNaming() {
        // teikit validate - reads standard input as the file stdin.xml of the current folder
        IncludedNames names = IncludedNames.of("<stdin>", Path.of("/work/here/stdin.xml").toUri());
        assertEquals("chapters/bad.xml", names.of("file:/work/here/chapters/bad.xml"));
        assertEquals("book.xml", IncludedNames.none("book.xml").of("file:/elsewhere/ch.xml"));
        assertEquals("x", IncludedNames.of("x", null).of("file:/elsewhere/ch.xml"));
        assertEquals("x", IncludedNames.of("x", URI.create("hdfs://cluster/x.xml")).of("file:/elsewhere/ch.xml"));
    }
}
