package org.teikit.render;

import net.sf.saxon.expr.XPathContext;
import net.sf.saxon.lib.ExtensionFunctionCall;
import net.sf.saxon.lib.ExtensionFunctionDefinition;
import net.sf.saxon.om.Sequence;
import net.sf.saxon.om.StructuredQName;
import net.sf.saxon.trans.XPathException;
import net.sf.saxon.value.EmptySequence;
import net.sf.saxon.value.SequenceType;
import net.sf.saxon.value.StringValue;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;

/**
 * {@code tk:wrap-long($s, $width, $first, $rest)}: layout.xsl's {@code tk:wrap} for a paragraph that
 * holds marks of {@link LongTexts}. It only notes its arguments and returns an output mark (or nothing,
 * in a rendering that keeps no long texts: a document that has the mark's character of its own);
 * {@link #write} does the wrapping where the mark is written out, reading the stored runs as it goes,
 * so the paragraph never exists as one string. The wrapping is tk:wrap-words's: greedy, words split
 * at XML white space, a word longer than the line alone on its line, lengths in code points.
 */
final class LongTextWrap extends ExtensionFunctionDefinition {
    static final StructuredQName NAME = new StructuredQName("tk", "urn:teikit:views", "wrap-long");
    /**
     * The store of the rendering running on this thread (Saxon-HE runs one transformation on one thread;
     * the controller's user data would not do: Saxon clears it when the transformation starts).
     */
    static final ThreadLocal<LongTexts> STORE = new ThreadLocal<>();

    @Override public StructuredQName getFunctionQName() { return NAME; }

    @Override public SequenceType[] getArgumentTypes() {
        return new SequenceType[] {SequenceType.SINGLE_STRING, SequenceType.SINGLE_INTEGER,
                SequenceType.SINGLE_STRING, SequenceType.SINGLE_STRING};
    }

    @Override public SequenceType getResultType(SequenceType[] suppliedArgumentTypes) { return SequenceType.OPTIONAL_STRING; }

    /** It records a paragraph per call: each call counts, none may be merged or dropped. */
    @Override public boolean hasSideEffects() { return true; }

    @Override public ExtensionFunctionCall makeCallExpression() {
        return new ExtensionFunctionCall() {
            @Override public Sequence call(XPathContext context, Sequence[] args) throws XPathException {
                LongTexts store = STORE.get();
                if (store == null) return EmptySequence.getInstance();   // a plain rendering: tk:wrap-words will do
                String s = args[0].head().getStringValue();
                int width = (int) ((net.sf.saxon.value.IntegerValue) args[1].head()).longValue();
                return new StringValue(store.addWrap(new LongTexts.Wrap(s, width,
                        args[2].head().getStringValue(), args[3].head().getStringValue())));
            }
        };
    }

    /** Writes the wrapped paragraph: its words, the stored runs' in place of their marks. */
    static void write(LongTexts.Wrap wrap, LongTexts store, Writer out) throws IOException {
        Lines lines = new Lines(wrap, out);
        String s = wrap.text();
        char[] buf = new char[8192];
        for (int i = 0; i < s.length(); ) {
            int mark = s.indexOf(LongTexts.RUN, i);
            int to = mark < 0 ? s.length() : mark;
            char[] plain = s.substring(i, to).toCharArray();
            lines.add(plain, plain.length);
            if (mark < 0) break;
            int end = s.indexOf(LongTexts.RUN_END, mark);
            try (Reader run = store.run(Integer.parseInt(s.substring(mark + 1, end)))) {
                for (int n; (n = run.read(buf)) > 0; ) lines.add(buf, n);
            }
            i = end + 1;
        }
        lines.finish();
    }

    /** The greedy line breaker, fed one character at a time. */
    private static final class Lines {
        private final int width;
        private final String rest;
        private final Writer out;
        private final StringBuilder line = new StringBuilder();
        private final StringBuilder word = new StringBuilder();
        private int length, wordLength;
        private boolean empty = true;

        Lines(LongTexts.Wrap wrap, Writer out) {
            this.width = wrap.width();
            this.rest = wrap.rest();
            this.out = out;
            line.append(wrap.first());
            length = codePoints(wrap.first());
        }

        /** The next {@code n} characters of the paragraph. */
        void add(char[] b, int n) throws IOException {
            int i = 0;
            while (i < n) {
                if (LongTextFilter.isBlank(b[i])) {
                    endWord();
                    i++;
                    continue;
                }
                int j = i;
                while (j < n && !LongTextFilter.isBlank(b[j])) j++;
                word.append(b, i, j - i);
                for (int k = i; k < j; k++) if (!Character.isLowSurrogate(b[k])) wordLength++;
                i = j;
            }
        }

        private void endWord() throws IOException {
            if (word.length() == 0) return;
            if (empty) {
                line.append(word);
                length += wordLength;
                empty = false;
            } else if (length + 1 + wordLength <= width) {
                line.append(' ').append(word);
                length += 1 + wordLength;
            } else {
                out.append(line).append('\n');
                line.setLength(0);
                line.append(rest).append(word);
                length = codePoints(rest) + wordLength;
            }
            word.setLength(0);
            wordLength = 0;
        }

        void finish() throws IOException {
            endWord();
            out.append(line);
        }

        private static int codePoints(String s) {
            return s.codePointCount(0, s.length());
        }
    }
}
