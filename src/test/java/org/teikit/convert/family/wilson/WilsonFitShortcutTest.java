package org.teikit.convert.family.wilson;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The fast paths the fit checks take give the answers of the plain computations they replace. */
class WilsonFitShortcutTest {
    @Test
    void archiveUrlIsFoundWhereverTheWholeTextSearchFindsIt() {
        Pattern url = Pattern.compile("(?i)https?://[^\\s>]*(wilson-?center|digitalarchive)[^\\s>]*");
        for (String t : List.of("", "http://digitalarchive.wilsoncenter.org/document/1", "see <https://www.Wilson-Center.org/x>.",
                "HTTP://DIGITALARCHIVE", "http:// digitalarchive", "http://example.org and digitalarchive", "xhttps://wilsoncenter",
                "http http://a.b/wilsoncenter", "https:/wilsoncenter", "http://a>wilsoncenter")) {
            assertEquals(url.matcher(t).find(), WilsonCenterPage.hasArchiveUrl(t), t);
        }
    }

    /** The plain count: runs of characters that are not whitespace. */

}
