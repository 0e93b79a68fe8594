package org.teikit.validate.fast;

import com.thaiopensource.relaxng.match.MatchContext;
import com.thaiopensource.relaxng.match.Matcher;
import com.thaiopensource.relaxng.match.NameClass;
import com.thaiopensource.relaxng.pattern.PatternMatcher;
import com.thaiopensource.relaxng.sax.PatternValidator;
import com.thaiopensource.validate.CombineValidator;
import com.thaiopensource.validate.Validator;
import com.thaiopensource.xml.util.Name;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Jing's grammar errors, remembered. A failed start tag, attribute name or end tag costs Jing little to find and much to
 * word: "expected the element end-tag, text or element …" lists every name the grammar allows there, two hundred in
 * tei_all, formatted pair by pair (60% of the time of a batch of invalid files, BENCHMARKS.md). The same mistake in the
 * same place of the grammar recurs, in a document and across a batch, and Jing's answer to it is a function of the
 * matcher's state (a value: Jing's {@code PatternMatcher} has {@code equals}), the event's names, and what the
 * message asked of the namespace context. So each failure is kept with the state it leaves and those answers; the next
 * time the same state meets the same event, and the context gives the same answers, the kept state and message are
 * Jing's own, without the wording. Anything else goes to Jing.
 *
 * <p>Installed in a Jing validator of the fast path ({@link FastPath#rememberErrors}); the plain path has none, and
 * {@code ExactnessTest} compares the two.
 */
final class RememberedErrors implements Matcher {
    /** Failures kept per validator (one thread's); past this many the memory starts again (hostile input). */
    static final int CAPACITY = 4096;

    private enum Event { START_TAG_OPEN, ATTRIBUTE_NAME, START_TAG_CLOSE, END_TAG, UNTYPED_TEXT }

    /** A state meeting an event; {@code state} is a copy nobody moves on. */
    private record Key(Matcher state, Event event, Name name, String qName) {}

    /** What Jing asked the context while it worded the failure, and what it was told. */
    private record Question(boolean prefixOf, String argument, String answer) {}

    private record Failure(List<Question> asked, PatternMatcher after) {}

    /**
     * One validator's failures, shared by the matchers it starts; and, for each event and name, the states it has failed
     * in, by their hash (Jing's {@code PatternMatcher.hashCode}, the identity of its state). Only an event that failed
     * before in a state of that hash is looked up and recorded: the others, nearly all of a batch, cost one map lookup.
     * Also how often a failure was taken from here.
     */
    static final class Memory {
        /** States kept per event and name; past this many, that name's start again. */
        private static final int STATES_PER_NAME = 64;
        private final Map<Key, Failure> failures = new HashMap<>();
        private final List<Map<Name, int[]>> failedStates = new ArrayList<>();
        private long hits;

        Memory() {
            for (int i = 0; i < Event.values().length; i++) failedStates.add(new HashMap<>());
        }

        long hits() { return hits; }

        private boolean failedBefore(Event event, Name name, int state) {
            int[] states = failedStates.get(event.ordinal()).get(name);
            if (states == null) return false;
            for (int h : states) if (h == state) return true;
            return false;
        }

        private void failed(Event event, Name name, int state) {
            Map<Name, int[]> byName = failedStates.get(event.ordinal());
            if (byName.size() >= CAPACITY) byName.clear();
            int[] states = byName.get(name);
            if (states == null || states.length >= STATES_PER_NAME) states = new int[0];
            int[] more = Arrays.copyOf(states, states.length + 1);
            more[states.length] = state;
            byName.put(name, more);
        }
    }

    private final Memory memory;
    private PatternMatcher jing;   // the class, not the interface: calls to it stay direct

    private RememberedErrors(PatternMatcher jing, Memory memory) {
        this.jing = jing;
        this.memory = memory;
    }

    /**
     * Puts a memory of errors in front of each of the validator's grammar matchers (itself or, for a grammar with ID
     * checks, the grammar part of the pair). Returns the memory put there (the first, for a pair), or null when none
     * was: then the validator is as it was.
     */
    static Memory install(Validator validator) {
        try {
            if (validator instanceof PatternValidator) {
                Field f = PatternValidator.class.getDeclaredField("matcher");
                f.setAccessible(true);
                if (!(f.get(validator) instanceof PatternMatcher jing)) return null;
                Memory memory = new Memory();
                f.set(validator, new RememberedErrors(jing, memory));
                return memory;
            }
            if (validator instanceof CombineValidator) {
                Memory first = null;
                for (String part : List.of("v1", "v2")) {
                    Field f = CombineValidator.class.getDeclaredField(part);
                    f.setAccessible(true);
                    Memory m = install((Validator) f.get(validator));
                    if (first == null) first = m;
                }
                return first;
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;   // another Jing: its validator stays as it is, only slower on invalid files
        }
        return null;
    }

    // Nearly every event passes: those go straight to Jing, with no allocation and one map lookup (a capturing lambda,
    // or a copy of the state, per event here cost more than the wording saves).

    @Override
    public boolean matchStartTagOpen(Name name, String qName, MatchContext context) {
        int state = jing.hashCode();
        return memory.failedBefore(Event.START_TAG_OPEN, name, state) ? remembered(Event.START_TAG_OPEN, name, qName, context)
                : noted(Event.START_TAG_OPEN, name, state, jing.matchStartTagOpen(name, qName, context));
    }

    @Override
    public boolean matchAttributeName(Name name, String qName, MatchContext context) {
        int state = jing.hashCode();
        return memory.failedBefore(Event.ATTRIBUTE_NAME, name, state) ? remembered(Event.ATTRIBUTE_NAME, name, qName, context)
                : noted(Event.ATTRIBUTE_NAME, name, state, jing.matchAttributeName(name, qName, context));
    }

    @Override
    public boolean matchStartTagClose(Name name, String qName, MatchContext context) {
        int state = jing.hashCode();
        return memory.failedBefore(Event.START_TAG_CLOSE, name, state) ? remembered(Event.START_TAG_CLOSE, name, qName, context)
                : noted(Event.START_TAG_CLOSE, name, state, jing.matchStartTagClose(name, qName, context));
    }

    @Override
    public boolean matchEndTag(Name name, String qName, MatchContext context) {
        int state = jing.hashCode();
        return memory.failedBefore(Event.END_TAG, name, state) ? remembered(Event.END_TAG, name, qName, context)
                : noted(Event.END_TAG, name, state, jing.matchEndTag(name, qName, context));
    }

    @Override
    public boolean matchUntypedText(MatchContext context) {
        int state = jing.hashCode();
        return memory.failedBefore(Event.UNTYPED_TEXT, null, state) ? remembered(Event.UNTYPED_TEXT, null, null, context)
                : noted(Event.UNTYPED_TEXT, null, state, jing.matchUntypedText(context));
    }

    /**
     * Jing's answer to an event that has not failed on this name in this state before; a failure makes the pair one to
     * remember (it is worded by Jing this first time: the state before it is gone).
     */
    private boolean noted(Event event, Name name, int state, boolean matched) {
        if (!matched) memory.failed(event, name, state);
        return matched;
    }

    /** An event that has failed on this name in this state before: the failure taken from memory, or recorded. */
    private boolean remembered(Event event, Name name, String qName, MatchContext context) {
        Failure known = memory.failures.get(new Key(jing, event, name, qName));
        if (known != null && sameAnswers(known.asked(), context)) {
            jing = copy(known.after());
            memory.hits++;
            return false;
        }
        PatternMatcher before = copy(jing);
        Recorder recorder = new Recorder(context);
        boolean matched = switch (event) {
            case START_TAG_OPEN -> jing.matchStartTagOpen(name, qName, recorder);
            case ATTRIBUTE_NAME -> jing.matchAttributeName(name, qName, recorder);
            case START_TAG_CLOSE -> jing.matchStartTagClose(name, qName, recorder);
            case END_TAG -> jing.matchEndTag(name, qName, recorder);
            case UNTYPED_TEXT -> jing.matchUntypedText(recorder);
        };
        if (matched || recorder.unrepeatable) return matched;
        if (memory.failures.size() >= CAPACITY) memory.failures.clear();
        memory.failures.put(new Key(before, event, name, qName), new Failure(List.copyOf(recorder.asked), copy(jing)));
        return false;
    }

    /** Jing's copy, as its own class (its {@code copy()} is declared to return the interface). */
    private static PatternMatcher copy(PatternMatcher m) {
        return (PatternMatcher) m.copy();
    }

    private static boolean sameAnswers(List<Question> asked, MatchContext context) {
        for (Question q : asked) {
            String now = q.prefixOf() ? context.getPrefix(q.argument()) : context.resolveNamespacePrefix(q.argument());
            if (!Objects.equals(now, q.answer())) return false;
        }
        return true;
    }

    /** The context as Jing sees it, writing down the namespace questions; any other makes the answer unrepeatable. */
    private static final class Recorder implements MatchContext {
        private final MatchContext context;
        private final List<Question> asked = new ArrayList<>(2);
        private boolean unrepeatable;

        Recorder(MatchContext context) { this.context = context; }

        @Override
        public String getPrefix(String namespaceUri) {
            String a = context.getPrefix(namespaceUri);
            asked.add(new Question(true, namespaceUri, a));
            return a;
        }

        @Override
        public String resolveNamespacePrefix(String prefix) {
            String a = context.resolveNamespacePrefix(prefix);
            asked.add(new Question(false, prefix, a));
            return a;
        }

        // not asked by the events remembered here; were they, the answer would depend on more than prefixes
        @Override
        public String getBaseUri() {
            unrepeatable = true;
            return context.getBaseUri();
        }

        @Override
        public boolean isUnparsedEntity(String entityName) {
            unrepeatable = true;
            return context.isUnparsedEntity(entityName);
        }

        @Override
        public boolean isNotation(String notationName) {
            unrepeatable = true;
            return context.isNotation(notationName);
        }
    }

    // ---- the rest is Jing's

    @Override public Matcher start() { return new RememberedErrors((PatternMatcher) jing.start(), memory); }
    @Override public Matcher copy() { return new RememberedErrors(copy(jing), memory); }
    @Override public boolean matchStartDocument() { return jing.matchStartDocument(); }
    @Override public boolean matchEndDocument() { return jing.matchEndDocument(); }
    @Override public boolean matchAttributeValue(String value, Name name, String qName, MatchContext context) {
        return jing.matchAttributeValue(value, name, qName, context);
    }
    @Override public boolean matchTextBeforeEndTag(String text, Name name, String qName, MatchContext context) {
        return jing.matchTextBeforeEndTag(text, name, qName, context);
    }
    @Override public boolean matchTextBeforeStartTag(String text, MatchContext context) {
        return jing.matchTextBeforeStartTag(text, context);
    }
    @Override public boolean isTextTyped() { return jing.isTextTyped(); }
    @Override public String getErrorMessage() { return jing.getErrorMessage(); }
    @Override public boolean isValidSoFar() { return jing.isValidSoFar(); }
    @Override public NameClass possibleStartTagNames() { return jing.possibleStartTagNames(); }
    @Override public NameClass possibleAttributeNames() { return jing.possibleAttributeNames(); }
    @Override public Set<Name> requiredAttributeNames() { return jing.requiredAttributeNames(); }
    @Override public Set<Name> requiredElementNames() { return jing.requiredElementNames(); }
    @Override public boolean equals(Object o) { return o instanceof RememberedErrors r && jing.equals(r.jing); }
    @Override public int hashCode() { return jing.hashCode(); }
}
