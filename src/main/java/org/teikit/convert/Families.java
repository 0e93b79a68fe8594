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

    static List<SourceFamily> all() {
        return List.of(
                new GenericText(),
                new BulletinSection(),
                new WilsonCenterPage(),
                new MemorandumOfConversation(),
                new PrintedCorrespondence());
    }
}
