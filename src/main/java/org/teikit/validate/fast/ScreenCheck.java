package org.teikit.validate.fast;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.teikit.validate.fast.Condition.Fact;
import org.teikit.validate.fast.Condition.Name;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Watches one document's parse and tells whether a Schematron stylesheet can report nothing on it: no rule's
 * {@link Condition} holds on any element, each evaluated at the element's end tag, where its attributes, parent,
 * ancestors, children and descendants are known (as bits, one per name test the conditions ask about). Once a
 * condition holds it stops listening: the document needs SchXslt. Confined to one thread; its {@link Plan} is shared.
 */
final class ScreenCheck extends DefaultHandler implements FastPath.Check {

    /** The conditions of one stylesheet, with their name tests numbered and the rules filed by name. Immutable. */
    static final class Plan {
        private final List<Name> elementTests = new ArrayList<>();
        private final List<Name> attributeTests = new ArrayList<>();
        private final List<List<Object>> valueTests = new ArrayList<>();   // [attribute's Name, value]
        private final Condition[] rules;
        private final Map<Name, int[]> byElement;     // exact names only
        private final Map<Name, int[]> byAttribute;
        private final int[] everywhere;

        Plan(List<Condition> conditions) {
            Map<Object, Integer> elementIds = new LinkedHashMap<>(), attributeIds = new LinkedHashMap<>(),
                    valueIds = new LinkedHashMap<>();
            rules = new Condition[conditions.size()];
            Map<Name, List<Integer>> names = new HashMap<>(), attributes = new HashMap<>();
            List<Integer> rest = new ArrayList<>();
            for (int i = 0; i < rules.length; i++) {
                Condition c = conditions.get(i);
                rules[i] = c.bound(atom -> {
                    if (atom.fact == Fact.TEXT) return 0;
                    Map<Object, Integer> ids = atom.fact == Fact.ATTRIBUTE ? attributeIds
                            : atom.fact == Fact.VALUE ? valueIds : elementIds;
                    return ids.computeIfAbsent(atom.test(), n -> ids.size());
                });
                Set<Name> keys = keys(c, Fact.SELF);
                Map<Name, List<Integer>> into = names;
                if (keys == null) {
                    keys = keys(c, Fact.ATTRIBUTE);
                    into = attributes;
                }
                if (keys == null) {
                    rest.add(i);
                    continue;
                }
                for (Name k : keys) into.computeIfAbsent(k, n -> new ArrayList<>()).add(i);
            }
            elementIds.keySet().forEach(n -> elementTests.add((Name) n));
            attributeIds.keySet().forEach(n -> attributeTests.add((Name) n));
            valueIds.keySet().forEach(v -> valueTests.add(List.of(((List<?>) v).toArray())));
            byElement = ids(names);
            byAttribute = ids(attributes);
            everywhere = rest.stream().mapToInt(Integer::intValue).toArray();
        }

        private static Map<Name, int[]> ids(Map<Name, List<Integer>> lists) {
            Map<Name, int[]> out = new HashMap<>();
            lists.forEach((k, v) -> out.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
            return Map.copyOf(out);
        }

        /**
         * Exact names of which the element must have one ({@code fact} SELF) or carry one (ATTRIBUTE) for the
         * condition to hold, or null: the rule is filed under them, so that only those elements try it.
         */
        private static Set<Name> keys(Condition c, Fact fact) {
            if (c instanceof Condition.Atom a) {
                boolean named = a.fact == fact || fact == Fact.ATTRIBUTE && a.fact == Fact.VALUE;
                return named && a.positive && a.name.uri() != null && a.name.local() != null ? Set.of(a.name) : null;
            }
            if (c instanceof Condition.All all) {
                for (Condition part : all.parts) {
                    Set<Name> k = keys(part, fact);
                    if (k != null) return k;
                }
                return null;
            }
            if (c instanceof Condition.Any any) {
                Set<Name> union = new HashSet<>();
                for (Condition part : any.parts) {
                    Set<Name> k = keys(part, fact);
                    if (k == null) return null;
                    union.addAll(k);
                }
                return union;
            }
            return null;
        }

        int rules() {
            return rules.length;
        }

        /** How many rules every element tries (not filed under a name). */
        int unfiled() {
            return everywhere.length;
        }

        private long[] mask(List<Name> tests, String uri, String local) {
            long[] m = new long[words(tests.size())];
            for (int i = 0; i < tests.size(); i++) {
                if (tests.get(i).matches(uri, local)) m[i >>> 6] |= 1L << i;
            }
            return m;
        }

        /** The value tests of one attribute name: their ids, and the values they ask for. */
        private AttributeKind attributeKind(String uri, String local) {
            List<Integer> ids = new ArrayList<>();
            List<String> values = new ArrayList<>();
            for (int i = 0; i < valueTests.size(); i++) {
                if (((Name) valueTests.get(i).get(0)).matches(uri, local)) {
                    ids.add(i);
                    values.add((String) valueTests.get(i).get(1));
                }
            }
            return new AttributeKind(mask(attributeTests, uri, local), byAttribute.getOrDefault(new Name(uri, local),
                    new int[0]), ids.stream().mapToInt(Integer::intValue).toArray(), values.toArray(String[]::new));
        }
    }

    private static int words(int bits) {
        return Math.max(1, (bits + 63) >>> 6);
    }

    private static boolean bit(long[] m, int i) {
        return (m[i >>> 6] & (1L << i)) != 0;
    }

    /** What the plan knows of one element name (one instance per name and check: compared by identity). */
    private record Kind(String local, long[] mask, int[] rules) {}

    /** What the plan knows of one attribute name. */
    private record AttributeKind(long[] mask, int[] rules, int[] valueTests, String[] values) {}

    /** An open element. */
    private static final class Frame {
        Kind kind;
        final long[] attributes, values, children, descendants;
        int[] attributeRules = new int[8];
        int attributeRuleCount;
        Kind[] childKinds = new Kind[8];   // the children closed so far, in order
        int childCount;
        boolean text;

        Frame(int elementWords, int attributeWords, int valueWords) {
            attributes = new long[attributeWords];
            values = new long[valueWords];
            children = new long[elementWords];
            descendants = new long[elementWords];
        }

        void clear() {
            Arrays.fill(attributes, 0);
            Arrays.fill(values, 0);
            Arrays.fill(children, 0);
            Arrays.fill(descendants, 0);
            attributeRuleCount = 0;
            childCount = 0;
            text = false;
        }

        void addChild(Kind k) {
            if (childCount == childKinds.length) childKinds = Arrays.copyOf(childKinds, childCount * 2);
            childKinds[childCount++] = k;
        }
    }

    private final Plan plan;
    private final int elementWords, attributeWords, valueWords;
    private final Map<String, Map<String, Kind>> kinds = new HashMap<>();
    private final Map<String, Map<String, AttributeKind>> attributeKinds = new HashMap<>();
    private final int[] open;   // per element test: how many open elements match it
    private Frame[] frames = new Frame[64];
    private int depth;
    private boolean needed;
    private final Condition.Element element = this::has;

    ScreenCheck(Plan plan) {
        this.plan = plan;
        elementWords = words(plan.elementTests.size());
        attributeWords = words(plan.attributeTests.size());
        valueWords = words(plan.valueTests.size());
        open = new int[plan.elementTests.size()];
    }

    @Override
    public boolean cleared() {
        return !needed;
    }

    @Override
    public void startDocument() {
        needed = false;
        depth = 0;
        Arrays.fill(open, 0);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        if (needed) return;
        if (depth == frames.length) frames = Arrays.copyOf(frames, depth * 2);
        Frame f = frames[depth];
        if (f == null) f = frames[depth] = new Frame(elementWords, attributeWords, valueWords);
        f.clear();
        Kind k = kinds.computeIfAbsent(uri, u -> new HashMap<>()).computeIfAbsent(localName,
                l -> new Kind(l, plan.mask(plan.elementTests, uri, l), plan.byElement.getOrDefault(new Name(uri, l),
                        new int[0])));
        f.kind = k;
        for (int i = 0, n = atts.getLength(); i < n; i++) {
            String au = atts.getURI(i), al = atts.getLocalName(i);
            AttributeKind a = attributeKinds.computeIfAbsent(au, u -> new HashMap<>()).computeIfAbsent(al,
                    l -> plan.attributeKind(au, l));
            for (int w = 0; w < attributeWords; w++) f.attributes[w] |= a.mask()[w];
            if (a.valueTests().length > 0) {
                String v = atts.getValue(i);
                for (int t = 0; t < a.valueTests().length; t++) {
                    if (a.values()[t].equals(v)) f.values[a.valueTests()[t] >>> 6] |= 1L << a.valueTests()[t];
                }
            }
            for (int r : a.rules()) {
                if (f.attributeRuleCount == f.attributeRules.length) {
                    f.attributeRules = Arrays.copyOf(f.attributeRules, f.attributeRuleCount * 2);
                }
                f.attributeRules[f.attributeRuleCount++] = r;
            }
        }
        long[] m = k.mask();
        for (int w = 0; w < m.length; w++) {
            for (long bits = m[w]; bits != 0; bits &= bits - 1) open[(w << 6) + Long.numberOfTrailingZeros(bits)]++;
        }
        depth++;
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (needed) return;
        Frame f = frames[depth - 1];
        if (fires(f.kind.rules(), f.kind.rules().length) || fires(f.attributeRules, f.attributeRuleCount)
                || fires(plan.everywhere, plan.everywhere.length)) {
            needed = true;
            return;
        }
        long[] m = f.kind.mask();
        for (int w = 0; w < m.length; w++) {
            for (long bits = m[w]; bits != 0; bits &= bits - 1) open[(w << 6) + Long.numberOfTrailingZeros(bits)]--;
        }
        depth--;
        if (depth > 0) {
            Frame parent = frames[depth - 1];
            parent.addChild(f.kind);
            parent.text |= f.text;
            for (int w = 0; w < elementWords; w++) {
                parent.children[w] |= m[w];
                parent.descendants[w] |= m[w] | f.descendants[w];
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (needed || depth == 0) return;
        Frame f = frames[depth - 1];
        if (f.text) return;
        for (int i = start, end = start + length; i < end; i++) {
            char c = ch[i];
            // what normalize-space() strips
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                f.text = true;
                return;
            }
        }
    }

    private boolean fires(int[] rules, int count) {
        for (int i = 0; i < count; i++) {
            if (plan.rules[rules[i]].holds(element)) return true;
        }
        return false;
    }

    /** Whether a child of {@code parent} closed so far matches {@code test} and has the local name of {@code k}. */
    private static boolean namesake(Frame parent, Kind k, int test) {
        for (int i = 0; i < parent.childCount; i++) {
            Kind c = parent.childKinds[i];
            if ((c == k || c.local().equals(k.local())) && bit(c.mask(), test)) return true;
        }
        return false;
    }

    /** The facts of the element being closed (the top frame). */
    private boolean has(Fact fact, int test) {
        Frame f = frames[depth - 1];
        return switch (fact) {
            case SELF -> bit(f.kind.mask(), test);
            case PARENT -> depth > 1 && bit(frames[depth - 2].kind.mask(), test);
            case ANCESTOR -> open[test] - (bit(f.kind.mask(), test) ? 1 : 0) > 0;
            case CHILD -> bit(f.children, test);
            case DESCENDANT -> bit(f.descendants, test);
            case ATTRIBUTE -> bit(f.attributes, test);
            case VALUE -> bit(f.values, test);
            case TEXT -> f.text;
            case FIRST_CHILD -> f.childCount > 0 && bit(f.childKinds[0].mask(), test);
            case PRECEDING_NAMESAKE -> depth > 1 && namesake(frames[depth - 2], f.kind, test);
        };
    }
}
