package org.teikit.schema;

import org.teikit.testing.TeiAll;

/** The TEI's own Schematron (tei_all.isosch), compiled once per test run and shared; its grammar is TeiAll's. */
final class OfficialTei {
    private OfficialTei() {}

    private static final class Rules {
        static final Schematron INSTANCE = Schematron.compile(TeiAll.isosch());
    }

    /** tei_all.isosch: the TEI's own Schematron constraints */
    static Schematron rules() { return Rules.INSTANCE; }
}
