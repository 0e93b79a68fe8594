package org.teikit.convert;


import org.teikit.convert.family.bulletin.BulletinSection;
import org.teikit.convert.family.correspondence.PrintedCorrespondence;
import org.teikit.convert.family.generic.GenericText;
import org.teikit.convert.family.memorandum.MemorandumOfConversation;
import org.teikit.convert.family.wilson.WilsonCenterPage;
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
