package org.teikit.lsp;

import com.thaiopensource.relaxng.match.MatchContext;
import com.thaiopensource.relaxng.match.MatchablePattern;
import com.thaiopensource.relaxng.match.Matcher;
import com.thaiopensource.xml.util.Name;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Feeds a buffer, up to a point, to Jing's matcher of the document's grammar (a derivative walk over the simplified
 * RELAX NG pattern), so the grammar itself says what may come there: which start tags, which attributes, which
 * values. Markup the grammar rejects on the way does not stop the walk (Jing's matcher recovers), so a document
 * with errors still gets completions.
 */
final class GrammarWalk {
    static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

    private final Matcher matcher;
    private final List<Map<String, String>> scopes;
    private final List<Name[]> open;   // each open element: name, and its qName in a Name's local part
    private final StringBuilder text;
    private final Context context = new Context();
    private boolean allMatched = true;   // since the walk (or its copy) began

    /** A copy to try something on: the matcher and stacks are copied (a scope's map is never changed once pushed). */
    private GrammarWalk(GrammarWalk other) {
        matcher = other.matcher.copy();
        scopes = new ArrayList<>(other.scopes);
        open = new ArrayList<>(other.open);
        text = new StringBuilder(other.text);
    }

    private GrammarWalk(MatchablePattern pattern) {
        this.matcher = pattern.createMatcher();
        scopes = new ArrayList<>();
        open = new ArrayList<>();
        text = new StringBuilder();
        Map<String, String> root = new HashMap<>();
        root.put("xml", XML_NS);
        root.put("", "");
        scopes.add(root);
        matcher.matchStartDocument();
    }

    /** The matcher in the content at {@code offset}: what it allows next is what may be typed there. */
    static GrammarWalk contentAt(MatchablePattern pattern, String buffer, int offset) {
        return start(pattern).advance(buffer, 0, offset, null);
    }

    /** At the start of a document. */
    static GrammarWalk start(MatchablePattern pattern) {
        return new GrammarWalk(pattern);
    }

    /** An independent copy of this state (for a checkpoint, or to try something). */
    GrammarWalk copy() {
        return new GrammarWalk(this);
    }

    /** Receives the state before a token, every so often: where a later walk of the same text may resume. */
    interface Checkpoints {
        void before(int tokenStart, GrammarWalk state);
    }

    /**
     * Feeds the buffer's markup from {@code from} (a token's start, where this state was taken) up to {@code offset}.
     */
    GrammarWalk advance(String buffer, int from, int offset, Checkpoints checkpoints) {
        int count = 0;
        int i = from;
        while (i < offset) {
            Markup.Token t = Markup.next(buffer, i);
            if (t.end() > offset || !t.complete()) {
                if (t.kind() == Markup.Kind.TEXT) text.append(buffer, t.start(), offset);
                break;
            }
            if (checkpoints != null && ++count % CHECKPOINT_EVERY == 0) checkpoints.before(t.start(), copy());
            feed(t, buffer);
            i = Math.max(t.end(), i + 1);
        }
        return this;
    }

    static final int CHECKPOINT_EVERY = 256;

    /**
     * The matcher inside {@code tag} (a start tag of the buffer), its attributes fed except {@code leaveOut}: what
     * it allows is what may be added to this tag.
     */
    static GrammarWalk insideStartTag(OpenDocument doc, MatchablePattern pattern, String buffer, Markup.Token tag,
                                      Markup.Attribute leaveOut) {
        GrammarWalk walk = doc.walks.contentAt(pattern, buffer, tag.start());
        walk.flushBeforeStartTag();
        Name name = walk.open(tag);
        walk.matcher.matchStartTagOpen(name, tag.name(), walk.context);
        for (Markup.Attribute a : tag.attributes()) {
            if (a == leaveOut || a.value() == null || a.name().startsWith("xmlns")) continue;
            walk.attribute(a);
        }
        return walk;
    }

    Matcher matcher() {
        return matcher;
    }

    /** The namespace a prefix stands for here ("" for no prefix and no default), or null when unbound. */
    String namespace(String prefix) {
        return context.resolveNamespacePrefix(prefix);
    }

    /** How to write {@code name} here: its prefix if one is bound to its namespace (none for the default). */
    String qualified(Name name) {
        if (name.getNamespaceUri().equals(namespace(""))) return name.getLocalName();
        String prefix = context.getPrefix(name.getNamespaceUri());
        return prefix == null || prefix.isEmpty() ? null : prefix + ":" + name.getLocalName();
    }

    /** How to write an attribute's name here (no namespace: bare; others need a bound prefix). */
    String qualifiedAttribute(Name name) {
        if (name.getNamespaceUri().isEmpty()) return name.getLocalName();
        String prefix = context.getPrefix(name.getNamespaceUri());
        return prefix == null || prefix.isEmpty() ? null : prefix + ":" + name.getLocalName();
    }

    /** An attribute's {@link Name} as written in the buffer (unprefixed attributes are in no namespace). */
    Name attributeName(String qName) {
        int colon = qName.indexOf(':');
        if (colon < 0) return new Name("", qName);
        String ns = namespace(qName.substring(0, colon));
        return new Name(ns == null ? "" : ns, qName.substring(colon + 1));
    }

    /** Whether this value of attribute {@code qName} is allowed, the tag being fed up to it. */
    boolean allowsValue(String qName, String value) {
        Matcher probe = matcher.copy();
        Name name = attributeName(qName);
        return probe.matchAttributeName(name, qName, context) && probe.matchAttributeValue(value, name, qName, context);
    }

    /**
     * Whether the grammar accepts, at this point of the content, an element {@code qName} (in the default namespace or
     * a bound prefix's) holding the buffer's markup from {@code from} to {@code to}, which must be balanced.
     */
    boolean acceptsWrapped(String qName, String buffer, int from, int to) {
        GrammarWalk w = new GrammarWalk(this);
        w.flushBeforeStartTag();
        Markup.Token wrapper = new Markup.Token(Markup.Kind.START_TAG, from, from, qName, List.of(), false, true);
        Name name = w.open(wrapper);
        w.allMatched = w.matcher.matchStartTagOpen(name, qName, w.context);
        w.matcher.matchStartTagClose(name, qName, w.context);   // required attributes are added afterwards
        String inner = buffer.substring(from, to);
        for (Markup.Token t : Markup.scan(inner, inner.length())) {
            if (!t.complete()) return false;
            w.feed(t, inner);
            if (!w.allMatched) return false;
        }
        if (w.open.size() != open.size() + 1) return false;   // the selection closed or left open elements
        w.close(w.open.size() - 1);
        return w.allMatched;
    }

    private void feed(Markup.Token t, String buffer) {
        switch (t.kind()) {
            case TEXT -> text.append(buffer, t.start(), t.end());
            case CDATA -> text.append(buffer, t.start() + 9, Math.max(t.start() + 9, t.end() - 3));
            case START_TAG -> {
                if (t.name().isEmpty()) return;
                flushBeforeStartTag();
                Name name = open(t);
                allMatched &= matcher.matchStartTagOpen(name, t.name(), context);
                for (Markup.Attribute a : t.attributes()) {
                    if (a.value() != null && !a.name().startsWith("xmlns")) attribute(a);
                }
                allMatched &= matcher.matchStartTagClose(name, t.name(), context);
                if (t.selfClosing()) close(open.size() - 1);
            }
            case END_TAG -> {
                for (int k = open.size() - 1; k >= 0; k--) {
                    if (open.get(k)[1].getLocalName().equals(t.name())) {
                        while (open.size() > k) close(open.size() - 1);
                        break;
                    }
                }
            }
            default -> { }   // comments, processing instructions, the DOCTYPE: no part of the grammar
        }
    }

    private void attribute(Markup.Attribute a) {
        Name name = attributeName(a.name());
        allMatched &= matcher.matchAttributeName(name, a.name(), context);
        allMatched &= matcher.matchAttributeValue(Entities.decode(a.value()), name, a.name(), context);
    }

    private Name open(Markup.Token t) {
        Map<String, String> scope = new HashMap<>();
        for (Markup.Attribute a : t.attributes()) {
            if (a.value() == null) continue;
            if (a.name().equals("xmlns")) scope.put("", a.value());
            else if (a.name().startsWith("xmlns:")) scope.put(a.name().substring(6), a.value());
        }
        scopes.add(scope);
        String qName = t.name();
        int colon = qName.indexOf(':');
        String ns = namespace(colon < 0 ? "" : qName.substring(0, colon));
        Name name = new Name(ns == null ? "" : ns, qName.substring(colon + 1));
        open.add(new Name[] {name, new Name("", qName)});
        return name;
    }

    private void close(int index) {
        Name[] e = open.get(index);
        if (text.length() > 0) {
            allMatched &= matcher.matchTextBeforeEndTag(Entities.decode(text.toString()), e[0], e[1].getLocalName(), context);
            text.setLength(0);
        }
        allMatched &= matcher.matchEndTag(e[0], e[1].getLocalName(), context);
        open.remove(index);
        scopes.remove(scopes.size() - 1);
    }

    private void flushBeforeStartTag() {
        if (text.length() > 0) {
            allMatched &= matcher.matchTextBeforeStartTag(Entities.decode(text.toString()), context);
            text.setLength(0);
        }
    }

    /** Namespaces in scope, for datatypes such as QName and for prefixed names. */
    private final class Context implements MatchContext {
        @Override
        public String resolveNamespacePrefix(String prefix) {
            for (int i = scopes.size() - 1; i >= 0; i--) {
                String ns = scopes.get(i).get(prefix);
                if (ns != null) return ns;
            }
            return null;
        }

        @Override
        public String getPrefix(String namespaceUri) {
            for (int i = scopes.size() - 1; i >= 0; i--) {
                for (Map.Entry<String, String> e : scopes.get(i).entrySet()) {
                    if (e.getValue().equals(namespaceUri) && namespaceUri.equals(resolveNamespacePrefix(e.getKey()))) {
                        return e.getKey();
                    }
                }
            }
            return null;
        }

        @Override public String getBaseUri() { return null; }
        @Override public boolean isUnparsedEntity(String name) { return false; }
        @Override public boolean isNotation(String name) { return false; }
    }
}
