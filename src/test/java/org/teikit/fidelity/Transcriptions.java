package org.teikit.fidelity;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.util.List;

/** Generated transcriptions mixing every construct the converters know. */
final class Transcriptions {
    private Transcriptions() {}

    static final List<String> WORDS = List.of("Stalin", "Mao", "Zedong", "the", "talks", "1944", "of", "CC", "CPC",
            "People's", "Liberation", "Army", "Chengdu", "wolfram", "artillery", "said", "that", "Korea", "No.", "97",
            "Sino-Soviet", "Zhou", "Enlai", "comrade", "a", "and", "Jiang", "Jieshi", "question", "1950-1953");

    static Arbitrary<String> words(int max) {
        return Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(max).map(l -> String.join(" ", l));
    }

    /** Printable Unicode outside the markup characters, surrogate pairs included, no XML-illegal characters. */
    static Arbitrary<String> unicode() {
        Arbitrary<String> bmp = Arbitraries.strings().withCharRange('\u00a0', '\ud7ff').withCharRange('\ue000', '\ufffd')
                .withChars(" .,;:-'\"()!?/&%$€№").ofMinLength(1).ofMaxLength(12);
        Arbitrary<String> astral = Arbitraries.integers().between(0x10000, 0x10FFFF)
                .filter(cp -> Character.getType(cp) != Character.UNASSIGNED && Character.getType(cp) != Character.PRIVATE_USE)
                .map(Character::toString);
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(5, bmp), net.jqwik.api.Tuple.of(1, astral));
    }

    static Arbitrary<String> bracket() {
        return Arbitraries.oneOf(
                Arbitraries.of("export [sic]", "Chengdu [?]", "[unclear]", "[ILLEGIBLE]", "[signature illegible 31/XII]",
                        "[signature]", "[ellipsis in original]", "[Classification level blacked out: secret]",
                        "[Source: APRF, f. 45, op. 1]", "[This point dealt with trade.]", "CC CPC [Central Committee]",
                        "People's Liberation Army [PLA]", "Jiang Jieshi [Chiang Kai-shek]", "wolfram [tungsten]", "[he]",
                        "[North] Korea", "comr[ade]", "[Nationalist Chinese leader] Jiang Jieshi", "[Orig. note]",
                        "[The rest of the text is not translated because it is long]", "[1]", "[?!]", "[]", "[ ]", "[[x]]"),
                words(4).map(w -> "[" + w + "]"));
    }

    static Arbitrary<String> noteRef() {
        return Arbitraries.integers().between(1, 4).flatMap(n -> Arbitraries.of(
                "<sup>" + n + "</sup>", "[" + n + "]", "¹²³⁴".substring(n - 1, n), "<sup>[" + n + "]</sup>", "<sup>*</sup>"));
    }

    static Arbitrary<String> styled() {
        return words(3).flatMap(w -> Arbitraries.of("**" + w + "**", "*" + w + "*", "<u>" + w + "</u>", "~~" + w + "~~",
                "<sup>" + w + "</sup>", "<sub>" + w + "</sub>", "_" + w + "_", "**" + w, "<u>" + w, w + "</u>", "`" + w + "`",
                "[" + w + "](http://example.org/" + w.length() + ")"));
    }

    static Arbitrary<String> inline() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, words(6)),
                net.jqwik.api.Tuple.of(3, bracket()),
                net.jqwik.api.Tuple.of(2, noteRef()),
                net.jqwik.api.Tuple.of(3, styled()),
                net.jqwik.api.Tuple.of(2, unicode()),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("□", "____", "\\*", "\\[", "&amp;", "<br>", "  \n", "\\\n", "\n", "- 94 -", "&")));
    }

    static Arbitrary<String> line() {
        return inline().list().ofMinSize(1).ofMaxSize(8).map(l -> String.join(" ", l));
    }

    static Arbitrary<String> speaker() {
        return Arbitraries.of("", "", "", "<u>Comrade Stalin</u>: ", "Stalin: ", "Mao Zedong: ", "Zhou Enlai. ",
                "<u>Liu</u> <u>Shaoqi</u>: ", "Comrade Mao Zedong. ", "Note: ", "Present: ");
    }

    static Arbitrary<String> block() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Combinators.combine(speaker(), line()).as((s, l) -> s + l)),
                net.jqwik.api.Tuple.of(2, Combinators.combine(Arbitraries.of("# ", "## ", "### ", "#### "), line()).as((h, l) -> h + l)),
                net.jqwik.api.Tuple.of(2, Combinators.combine(noteRef(), line()).as((n, l) -> n + " " + l)),
                net.jqwik.api.Tuple.of(1, line().map(l -> "> " + l)),
                net.jqwik.api.Tuple.of(1, line().list().ofMinSize(1).ofMaxSize(3).map(l -> "- " + String.join("\n- ", l))),
                net.jqwik.api.Tuple.of(1, line().map(l -> "1. " + l)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("* * *", "---", "CHINESE", "continued on page 27", "□ □", "", "    indented " + "code")),
                net.jqwik.api.Tuple.of(1, words(6).map(w -> (w + " ").repeat(400)))); // a very long line
    }

    /** A whole transcription: blocks separated by blank lines (sometimes none), LF or CRLF line ends. */
    static Arbitrary<String> transcription() {
        return Combinators.combine(
                        block().list().ofMinSize(0).ofMaxSize(10),
                        Arbitraries.of("\n\n", "\n\n", "\n", "\n\n\n"),
                        Arbitraries.of(false, false, true))
                .as((blocks, sep, crlf) -> {
                    String t = String.join(sep, blocks) + "\n";
                    return crlf ? t.replace("\n", "\r\n") : t;
                });
    }
}
