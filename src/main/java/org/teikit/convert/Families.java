package org.teikit.convert;

import org.teikit.convert.family.BulletinSection;
import org.teikit.convert.family.GenericText;
import org.teikit.convert.family.MemorandumOfConversation;
import org.teikit.convert.family.PrintedCorrespondence;
import org.teikit.convert.family.WilsonCenterPage;

import java.util.List;

/** The registry of source families: adding a family is one line here. */
final class Families {
    private Families() {}

    /** The families that must recognise a document before they take it. */
    static List<SourceFamily> specific() {
        return List.of(
                new BulletinSection(),
                new WilsonCenterPage(),
                new MemorandumOfConversation(),
                new PrintedCorrespondence());
    }

    /** The family of every document that no specific family recognises: the shared conventions alone. */
    static SourceFamily fallback() {
        return new GenericText();
    }
}
