package org.teikit.convert.family;

import org.teikit.convert.Fit;
import org.teikit.convert.SourceFamily;
import org.teikit.source.SourceDocument;
import org.teikit.tei.TeiDocument;

public final class MemorandumOfConversation implements SourceFamily {
    @Override public String name() { return "memorandum"; }
    @Override public Fit fit(SourceDocument d) { return Fit.none(""); }
    @Override public TeiDocument convert(SourceDocument d) { return new GenericText().convert(d); }
}
