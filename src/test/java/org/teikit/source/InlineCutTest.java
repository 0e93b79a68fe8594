package org.teikit.source;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Cutting inline content at offsets: the one-pass {@link InlineCut#split} gives what {@link InlineCut#between} gives, piece by piece. */
class InlineCutTest {

    @Property(tries = 500)
    void splitCutsAsBetweenDoes(@ForAll("contents") List<Inline> inlines, @ForAll("cuts") List<Integer> raw) {
        int length = Inline.plain(inlines).length();
        TreeSet<Integer> set = new TreeSet<>();
        for (int r : raw) if (length > 0) set.add(1 + Math.floorMod(r, length));   // inside, or at the very end
        List<Integer> offsets = new ArrayList<>(set);
        List<List<Inline>> expected = new ArrayList<>();
        int start = 0;
        for (int o : offsets) {
            expected.add(InlineCut.between(inlines, start, o));
            start = o;
        }
        expected.add(InlineCut.between(inlines, start, length));
        assertEquals(expected, InlineCut.split(inlines, offsets));
    }

    @Test
    void aStyledRunAcrossACutIsStyledOnBothSides() {
        List<Inline> in = List.of(new Inline.Text("ab"), new Inline.Styled(Inline.Style.ITALIC, List.of(new Inline.Text("cdef"))),
                new Inline.Text("g"));
        assertEquals(List.of(
                List.of(new Inline.Text("ab"), new Inline.Styled(Inline.Style.ITALIC, List.of(new Inline.Text("cd")))),
                List.of(new Inline.Styled(Inline.Style.ITALIC, List.of(new Inline.Text("ef"))), new Inline.Text("g"))),
                InlineCut.split(in, List.of(4)));
    }

    @Provide
    Arbitrary<List<Integer>> cuts() {
        return Arbitraries.integers().between(0, 1000).list().ofMaxSize(8);
    }

    @Provide
    Arbitrary<List<Inline>> contents() {
        return inline(3).list().ofMinSize(1).ofMaxSize(5);
    }

    private Arbitrary<Inline> inline(int depth) {
        Arbitrary<Inline> text = Arbitraries.strings().withChars("ab \n").ofMinLength(1).ofMaxLength(6).map(Inline.Text::new);
        Arbitrary<Inline> lineBreak = Arbitraries.just(new Inline.LineBreak());
        if (depth == 0) return Arbitraries.oneOf(text, lineBreak);
        Arbitrary<Inline> styled = net.jqwik.api.Combinators.combine(Arbitraries.of(Inline.Style.values()),
                inline(depth - 1).list().ofMinSize(1).ofMaxSize(3)).as(Inline.Styled::new);
        return Arbitraries.oneOf(text, text, lineBreak, styled);
    }
}
