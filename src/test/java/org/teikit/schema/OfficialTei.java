package org.teikit.schema;

/** The official tei_all grammar and Schematron, compiled once per test run and shared. */
final class OfficialTei {
    private OfficialTei() {}

    private static final class Grammar {
        static final RelaxNg INSTANCE = RelaxNg.load(SchemaFiles.teiAll());
    }

    private static final class Rules {
        static final Schematron INSTANCE = Schematron.compile(SchemaFiles.teiAll().resolveSibling("tei_all.isosch"));
    }

    /** tei_all.rng */
    static RelaxNg grammar() { return Grammar.INSTANCE; }

    /** tei_all.isosch: the TEI's own Schematron constraints */
    static Schematron rules() { return Rules.INSTANCE; }
}
