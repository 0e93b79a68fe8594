package org.teikit.validate.fast;

import java.util.Set;
import net.sf.saxon.expr.AndExpression;
import net.sf.saxon.expr.AtomicSequenceConverter;
import net.sf.saxon.expr.Atomizer;
import net.sf.saxon.expr.AttributeGetter;
import net.sf.saxon.expr.AxisExpression;
import net.sf.saxon.expr.CastExpression;
import net.sf.saxon.expr.ComparisonExpression;
import net.sf.saxon.expr.ContextItemExpression;
import net.sf.saxon.expr.Expression;
import net.sf.saxon.expr.FilterExpression;
import net.sf.saxon.expr.FirstItemExpression;
import net.sf.saxon.expr.ItemChecker;
import net.sf.saxon.expr.Literal;
import net.sf.saxon.expr.Operand;
import net.sf.saxon.expr.OrExpression;
import net.sf.saxon.expr.SlashExpression;
import net.sf.saxon.expr.SystemFunctionCall;
import net.sf.saxon.expr.VariableReference;
import net.sf.saxon.expr.VennExpression;
import net.sf.saxon.expr.instruct.Block;
import net.sf.saxon.expr.parser.Token;
import net.sf.saxon.expr.sort.DocumentSorter;
import net.sf.saxon.om.AxisInfo;
import net.sf.saxon.om.GroundedValue;
import net.sf.saxon.om.Item;
import net.sf.saxon.om.NamespaceUri;
import net.sf.saxon.om.StructuredQName;
import net.sf.saxon.pattern.AncestorQualifiedPattern;
import net.sf.saxon.pattern.BasePatternWithPredicate;
import net.sf.saxon.pattern.CombinedNodeTest;
import net.sf.saxon.pattern.LocalNameTest;
import net.sf.saxon.pattern.NameTest;
import net.sf.saxon.pattern.NamespaceTest;
import net.sf.saxon.pattern.NodeKindTest;
import net.sf.saxon.pattern.NodeTest;
import net.sf.saxon.pattern.NodeTestPattern;
import net.sf.saxon.pattern.Pattern;
import net.sf.saxon.pattern.UnionPattern;
import net.sf.saxon.type.BuiltInAtomicType;
import net.sf.saxon.type.Type;
import net.sf.saxon.value.BooleanValue;
import net.sf.saxon.value.Cardinality;
import net.sf.saxon.value.Int64Value;
import net.sf.saxon.value.StringValue;
import org.teikit.validate.fast.Condition.Fact;
import org.teikit.validate.fast.Condition.Name;

/**
 * Reads an XPath expression or match pattern, as Saxon compiled it, into necessary conditions over the rule context
 * element ({@link Condition}), and says whether it can raise a dynamic error. Only what is recognised is read: paths
 * of axis steps, unions, {@code and}, {@code or}, {@code not}, {@code exists}, {@code empty}, {@code count} against
 * an integer, and a few string functions and comparisons that cannot fail on an untyped document (read as "no
 * information"). Anything else is unknown and may fail: the rule may fire wherever its context matches. Saxon's
 * static type checks appear as explicit expressions ({@code CardinalityChecker}, conversions), which are unknown
 * here, so a test that needs one counts as one that may fail.
 */
final class XPathConditions {
    /** The variable that stands for XSLT's {@code current()} (the rule context in SchXslt's tests). */
    static final StructuredQName CURRENT = new StructuredQName("", "urn:teikit:screen", "current");

    // the values of the let expressions Saxon introduced (it moves a part of a predicate out of it), by binding
    private final java.util.Map<net.sf.saxon.expr.Binding, Reading> lets = new java.util.IdentityHashMap<>();

    // the rule's own variables (xsl:variable, from sch:let), as read at the rule context
    private final java.util.Map<StructuredQName, Reading> variables;

    private XPathConditions(java.util.Map<StructuredQName, Reading> variables) {
        this.variables = variables;
    }

    /** What an expression's value is made of. */
    enum Kind { NODES, BOOLEAN, STRING, UNTYPED, NUMBER }

    /**
     * One expression read: for a sequence, what its being non-empty ({@code present}) or empty ({@code absent})
     * needs of the rule context; for its effective boolean value, what its being true or false needs. {@code safe}:
     * it cannot raise a dynamic error on an untyped tree.
     */
    record Reading(Kind kind, Condition present, Condition absent, Condition isTrue, Condition isFalse,
                   boolean safe, boolean many, Naming naming) {
        static final Reading UNKNOWN = new Reading(Kind.NODES, Condition.TRUE, Condition.TRUE, Condition.TRUE,
                Condition.TRUE, false, true, Naming.NONE);

        static Reading nodes(Condition present, Condition absent, boolean safe, boolean many) {
            return new Reading(Kind.NODES, present, absent, present, absent, safe, many, Naming.NONE);
        }

        static Reading value(Kind kind, Condition present, Condition absent, boolean safe, boolean many) {
            return new Reading(kind, present, absent, Condition.TRUE, Condition.TRUE, safe, many, Naming.NONE);
        }

        static Reading bool(Condition isTrue, Condition isFalse, boolean safe) {
            return new Reading(Kind.BOOLEAN, Condition.TRUE, Condition.FALSE, isTrue, isFalse, safe, false,
                    Naming.NONE);
        }

        /** The effective boolean value: safe only where XPath defines it without an error. */
        Reading asBoolean() {
            boolean ok = safe && (kind == Kind.NODES || kind == Kind.BOOLEAN || !many);
            return new Reading(Kind.BOOLEAN, Condition.TRUE, Condition.FALSE, isTrue, isFalse, ok, false,
                    naming == Naming.NAMESAKE ? naming : Naming.NONE);
        }

        Reading unsafe() {
            return new Reading(kind, present, absent, isTrue, isFalse, false, many, naming);
        }

        Reading named(Naming n) {
            return new Reading(kind, present, absent, isTrue, isFalse, safe, many, n);
        }
    }

    /**
     * What a value says of names: the name of the item a predicate is on ({@code name(.)}), the rule context's
     * ({@code name(current())}, or a variable holding {@code name(.)} of the rule), or a predicate true only on an
     * item whose local name is the rule context's ({@code name(.) eq $gi}).
     */
    enum Naming { NONE, ITEM, CONTEXT, NAMESAKE }

    /** A match pattern read: what its matching an element needs, and whether it matches elements, attributes or else. */
    record Match(Condition when, ContextKind kind, boolean safe) {}

    enum ContextKind { ELEMENT, ATTRIBUTE, OTHER }

    /** An {@code xsl:if} test: its effective boolean value, over the rule context element. */
    static Reading test(Expression e) {
        return test(e, java.util.Map.of());
    }

    /** A test that may refer to the rule's variables, read before (each a value fixed at the rule context). */
    static Reading test(Expression e, java.util.Map<StructuredQName, Reading> variables) {
        return new XPathConditions(variables).read(e, true).asBoolean();
    }

    /** A rule variable's value, read at the rule context. */
    static Reading variable(Expression e, java.util.Map<StructuredQName, Reading> earlier) {
        return new XPathConditions(earlier).read(e, true);
    }

    static Match match(Pattern p) {
        return new XPathConditions(java.util.Map.of()).matching(p);
    }

    private Match matching(Pattern p) {
        if (p instanceof UnionPattern u) {
            Match l = matching(u.getLHS()), r = matching(u.getRHS());
            ContextKind kind = l.kind() == r.kind() ? l.kind()
                    : l.kind() == ContextKind.OTHER || r.kind() == ContextKind.OTHER ? ContextKind.OTHER
                    : ContextKind.ATTRIBUTE;   // an element or an attribute: the tests are then not read
            return new Match(Condition.or(l.when(), r.when()), kind, l.safe() && r.safe());
        }
        if (p instanceof NodeTestPattern n) {
            NodeTest t = n.getNodeTest();
            if (t.getPrimitiveType() == Type.ELEMENT) {
                Condition self = facts(Fact.SELF, t, true);
                return new Match(self == null ? Condition.TRUE : self, ContextKind.ELEMENT, self != null);
            }
            if (t.getPrimitiveType() == Type.ATTRIBUTE) {
                Condition owner = facts(Fact.ATTRIBUTE, t, true);
                return new Match(owner == null ? Condition.TRUE : owner, ContextKind.ATTRIBUTE, owner != null);
            }
            return new Match(Condition.TRUE, ContextKind.OTHER, false);
        }
        if (p instanceof BasePatternWithPredicate bp) {
            Match base = matching(bp.getBasePattern());
            Reading predicate = read(bp.getPredicate(), base.kind() == ContextKind.ELEMENT);
            if (predicate.kind() == Kind.NUMBER || !predicate.asBoolean().safe()) {
                return new Match(base.when(), base.kind(), false);
            }
            return new Match(Condition.and(base.when(), predicate.asBoolean().isTrue()), base.kind(), base.safe());
        }
        if (p instanceof AncestorQualifiedPattern aq) {
            Match base = matching(aq.getBasePattern());
            Match upper = matching(aq.getUpperPattern());
            // the upper pattern's own element: the parent or an ancestor of the node (an attribute's: its element)
            boolean attribute = base.kind() == ContextKind.ATTRIBUTE;
            Condition above = switch (aq.getUpwardsAxis()) {
                case AxisInfo.PARENT -> lastStep(aq.getUpperPattern(), attribute ? Fact.SELF : Fact.PARENT);
                case AxisInfo.ANCESTOR -> attribute ? Condition.or(lastStep(aq.getUpperPattern(), Fact.SELF),
                        lastStep(aq.getUpperPattern(), Fact.ANCESTOR)) : lastStep(aq.getUpperPattern(), Fact.ANCESTOR);
                default -> Condition.TRUE;
            };
            return new Match(Condition.and(base.when(), above), base.kind(), base.safe() && upper.safe());
        }
        return new Match(Condition.TRUE, ContextKind.OTHER, false);
    }

    /** The element names a pattern's last step matches, as atoms of {@code fact}; TRUE when not only element names. */
    private static Condition lastStep(Pattern p, Fact fact) {
        if (p instanceof NodeTestPattern n && n.getNodeTest().getPrimitiveType() == Type.ELEMENT) {
            Condition c = facts(fact, n.getNodeTest(), true);
            return c == null ? Condition.TRUE : c;
        }
        if (p instanceof BasePatternWithPredicate bp) return lastStep(bp.getBasePattern(), fact);
        if (p instanceof AncestorQualifiedPattern aq) return lastStep(aq.getBasePattern(), fact);
        if (p instanceof UnionPattern u) return Condition.or(lastStep(u.getLHS(), fact), lastStep(u.getRHS(), fact));
        return Condition.TRUE;
    }

    /**
     * @param relative whether the expression's context item is the rule context element (else its conditions say
     *                 nothing about it, and only its safety counts)
     */
    Reading read(Expression e, boolean relative) {
        boolean many = Cardinality.allowsMany(e.getCardinality());
        if (e instanceof ContextItemExpression) return Reading.nodes(Condition.TRUE, Condition.FALSE, true, false);
        if (e instanceof ItemChecker c) {
            // "." checked to be a node: the context of a rule's test and of a predicate on nodes always is one
            return c.getBaseExpression() instanceof ContextItemExpression ? read(c.getBaseExpression(), relative)
                    : Reading.UNKNOWN;
        }
        if (e instanceof AxisExpression a) return step(a.getAxis(), a.getNodeTest(), relative, many);
        if (e instanceof AttributeGetter g) {
            Name name = new Name(g.getAttributeName().getNamespaceUri().toString(), g.getAttributeName().getLocalPart());
            return relative ? Reading.nodes(Condition.atom(Fact.ATTRIBUTE, name), Condition.none(Fact.ATTRIBUTE, name),
                    true, false) : Reading.nodes(Condition.TRUE, Condition.TRUE, true, false);
        }
        if (e instanceof SlashExpression s) return path(s, relative, many);
        if (e instanceof FilterExpression f) {
            Reading base = read(f.getBase(), relative);
            Reading filter = read(f.getFilter(), false);
            boolean ok = base.safe() && base.kind() == Kind.NODES && (filter.kind() == Kind.NUMBER
                    ? filter.safe() && !filter.many() : filter.asBoolean().safe());
            Condition present = base.present();
            if (relative && filter.naming() == Naming.NAMESAKE && precedingSiblings(f.getBase()) != null) {
                Condition namesake = facts(Fact.PRECEDING_NAMESAKE, precedingSiblings(f.getBase()), true);
                if (namesake != null) present = Condition.and(present, namesake);
            }
            return Reading.nodes(present, Condition.TRUE, ok, many);
        }
        if (e instanceof FirstItemExpression first) {
            Reading base = read(first.getBaseExpression(), relative);
            return base.kind() == Kind.NODES ? Reading.nodes(base.present(), base.absent(), base.safe(), false)
                    : Reading.UNKNOWN;
        }
        if (e instanceof DocumentSorter sorter) return read(sorter.getBaseExpression(), relative);
        if (e instanceof net.sf.saxon.expr.CardinalityChecker c && atomizedNode(c.getBaseExpression(), relative)) {
            // one node of an untyped tree atomizes to one value: the check cannot fail
            Reading base = read(c.getBaseExpression(), relative);
            return new Reading(base.kind(), base.present(), base.absent(), base.isTrue(), base.isFalse(), base.safe(),
                    false, base.naming());
        }
        if (e instanceof VennExpression v) {
            Reading l = read(v.getLhsExpression(), relative), r = read(v.getRhsExpression(), relative);
            boolean ok = l.safe() && r.safe() && l.kind() == Kind.NODES && r.kind() == Kind.NODES;
            return switch (v.getOperator()) {
                case Token.UNION -> Reading.nodes(Condition.or(l.present(), r.present()),
                        Condition.and(l.absent(), r.absent()), ok, many);
                case Token.INTERSECT -> Reading.nodes(Condition.and(l.present(), r.present()), Condition.TRUE, ok, many);
                case Token.EXCEPT -> Reading.nodes(l.present(), Condition.TRUE, ok, many);
                default -> Reading.UNKNOWN;
            };
        }
        if (e instanceof Block b) return sequence(b, relative, many);
        if (e instanceof AndExpression and) {
            Reading l = read(and.getLhsExpression(), relative).asBoolean();
            Reading r = read(and.getRhsExpression(), relative).asBoolean();
            return Reading.bool(Condition.and(l.isTrue(), r.isTrue()), Condition.or(l.isFalse(), r.isFalse()),
                    l.safe() && r.safe());
        }
        if (e instanceof OrExpression or) {
            Reading l = read(or.getLhsExpression(), relative).asBoolean();
            Reading r = read(or.getRhsExpression(), relative).asBoolean();
            return Reading.bool(Condition.or(l.isTrue(), r.isTrue()), Condition.and(l.isFalse(), r.isFalse()),
                    l.safe() && r.safe());
        }
        if (e instanceof SystemFunctionCall call) return function(call, relative, many);
        if (e instanceof ComparisonExpression c) return comparison(c, relative);
        if (e instanceof Literal literal) return literal(literal.getGroundedValue());
        if (e instanceof Atomizer a) {
            Reading base = read(a.getBaseExpression(), relative);
            return base.kind() == Kind.NODES || base.kind() == Kind.UNTYPED
                    ? Reading.value(Kind.UNTYPED, base.present(), base.absent(), base.safe(), many) : Reading.UNKNOWN;
        }
        if (e instanceof AtomicSequenceConverter c) {
            Reading base = read(c.getBaseExpression(), relative);
            boolean toString = c.getRequiredItemType() == BuiltInAtomicType.STRING
                    && (base.kind() == Kind.NODES || base.kind() == Kind.UNTYPED || base.kind() == Kind.STRING);
            return toString ? Reading.value(Kind.STRING, base.present(), base.absent(), base.safe(), many)
                    : Reading.UNKNOWN;
        }
        if (e instanceof CastExpression c) {
            Reading base = read(c.getBaseExpression(), relative);
            boolean toString = c.getTargetType() == BuiltInAtomicType.STRING && c.allowsEmpty() && !base.many()
                    && (base.kind() == Kind.NODES || base.kind() == Kind.UNTYPED || base.kind() == Kind.STRING);
            return toString ? Reading.value(Kind.STRING, base.present(), base.absent(), base.safe(), false)
                    : Reading.UNKNOWN;
        }
        if (e instanceof net.sf.saxon.expr.LetExpression let) {
            Reading value = read(let.getSequence(), relative);
            // referred to in other contexts (predicates): what it is made of, not what it needs of the rule context
            lets.put(let, new Reading(value.kind(), Condition.TRUE, Condition.TRUE, Condition.TRUE, Condition.TRUE,
                    true, value.many(), value.naming()));
            Reading action = read(let.getAction(), relative);
            return value.safe() ? action : action.unsafe();
        }
        if (e instanceof VariableReference v) {
            if (v.getBinding() != null && lets.containsKey(v.getBinding())) return lets.get(v.getBinding());
            if (variables.containsKey(v.getVariableName())) return variables.get(v.getVariableName());
            if (CURRENT.equals(v.getVariableName())) return Reading.nodes(Condition.TRUE, Condition.FALSE, true, false);
        }
        return Reading.UNKNOWN;
    }

    /** Whether the expression is (converted to a string) the atomized value of at most one node. */
    private boolean atomizedNode(Expression e, boolean relative) {
        if (e instanceof AtomicSequenceConverter c) return atomizedNode(c.getBaseExpression(), relative);
        if (!(e instanceof Atomizer a)) return false;
        Reading base = read(a.getBaseExpression(), relative);
        return base.kind() == Kind.NODES && !base.many() && base.safe();
    }

    /** A path {@code start/step}: non-empty only if its start is; its being empty tells nothing (the step may find none). */
    private Reading path(SlashExpression s, boolean relative, boolean many) {
        Expression start = s.getStart();
        if (relative && start instanceof FirstItemExpression first && s.getStep() instanceof AxisExpression self
                && self.getAxis() == AxisInfo.SELF && childElements(first.getBaseExpression())) {
            // child::*[1]/self::x: exactly "the first child element is an x"
            Condition is = facts(Fact.FIRST_CHILD, self.getNodeTest(), true);
            if (is != null) return Reading.nodes(is, facts(Fact.FIRST_CHILD, self.getNodeTest(), false), true, false);
        }
        boolean fromContext = start instanceof ContextItemExpression
                || start instanceof ItemChecker c && c.getBaseExpression() instanceof ContextItemExpression;
        if (fromContext) return read(s.getStep(), relative);
        Reading first = read(start, relative);
        Reading rest = read(s.getStep(), false);
        boolean ok = first.safe() && first.kind() == Kind.NODES && rest.safe() && rest.kind() == Kind.NODES;
        return Reading.nodes(first.present(), Condition.TRUE, ok, many);
    }

    /** The node test of {@code preceding-sibling::test} from the context, or null. */
    private static NodeTest precedingSiblings(Expression e) {
        if (e instanceof SlashExpression s && (s.getStart() instanceof ContextItemExpression
                || s.getStart() instanceof ItemChecker c && c.getBaseExpression() instanceof ContextItemExpression)) {
            e = s.getStep();
        }
        return e instanceof AxisExpression a && a.getAxis() == AxisInfo.PRECEDING_SIBLING ? a.getNodeTest() : null;
    }

    /** {@code child::*} from the context. */
    private static boolean childElements(Expression e) {
        if (e instanceof SlashExpression s && (s.getStart() instanceof ContextItemExpression
                || s.getStart() instanceof ItemChecker c && c.getBaseExpression() instanceof ContextItemExpression)) {
            e = s.getStep();
        }
        return e instanceof AxisExpression a && a.getAxis() == AxisInfo.CHILD && a.getNodeTest() instanceof NodeKindTest k
                && k.getNodeKind() == Type.ELEMENT;
    }

    /** {@code (a, b, …)}: Saxon writes some unions of steps on different axes this way. */
    private Reading sequence(Block b, boolean relative, boolean many) {
        Condition present = Condition.FALSE, absent = Condition.TRUE;
        boolean ok = true;
        for (Operand o : b.operands()) {
            Reading r = read(o.getChildExpression(), relative);
            ok &= r.safe() && r.kind() == Kind.NODES;
            present = Condition.or(present, r.present());
            absent = Condition.and(absent, r.absent());
        }
        return Reading.nodes(present, absent, ok, many);
    }

    /** An axis step from the context node. */
    private Reading step(int axis, NodeTest test, boolean relative, boolean many) {
        if (!relative) return Reading.nodes(Condition.TRUE, Condition.TRUE, true, many);
        Fact fact = switch (axis) {
            case AxisInfo.ATTRIBUTE -> Fact.ATTRIBUTE;
            case AxisInfo.CHILD -> Fact.CHILD;
            case AxisInfo.DESCENDANT -> Fact.DESCENDANT;
            case AxisInfo.ANCESTOR -> Fact.ANCESTOR;
            case AxisInfo.PARENT -> Fact.PARENT;
            case AxisInfo.SELF -> Fact.SELF;
            default -> null;
        };
        if (axis == AxisInfo.ANCESTOR_OR_SELF || axis == AxisInfo.DESCENDANT_OR_SELF) {
            Fact other = axis == AxisInfo.ANCESTOR_OR_SELF ? Fact.ANCESTOR : Fact.DESCENDANT;
            Condition self = facts(Fact.SELF, test, true), more = facts(other, test, true);
            Condition noSelf = facts(Fact.SELF, test, false), noMore = facts(other, test, false);
            if (self == null || more == null) return Reading.nodes(Condition.TRUE, Condition.TRUE, true, many);
            return Reading.nodes(Condition.or(self, more), Condition.and(noSelf, noMore), true, many);
        }
        Condition present = fact == null ? null : facts(fact, test, true);
        if (present == null) return Reading.nodes(Condition.TRUE, Condition.TRUE, true, many);
        return Reading.nodes(present, facts(fact, test, false), true, many);
    }

    /**
     * The atoms of a node test on an axis: present ({@code positive}) or absent; null for a test that is not a union
     * of element (or, on the attribute axis, attribute) name tests.
     */
    private static Condition facts(Fact fact, NodeTest test, boolean positive) {
        int kind = fact == Fact.ATTRIBUTE ? Type.ATTRIBUTE : Type.ELEMENT;
        if (test instanceof CombinedNodeTest c && c.getOperator() == Token.UNION) {
            Condition l = facts(fact, c.getOperand(0), positive), r = facts(fact, c.getOperand(1), positive);
            if (l == null || r == null) return null;
            return positive ? Condition.or(l, r) : Condition.and(l, r);
        }
        Name name;
        if (test instanceof NameTest n && n.getNodeKind() == kind) {
            name = new Name(n.getNamespaceURI().toString(), n.getLocalPart());
        } else if (test instanceof NamespaceTest n && n.getNodeKind() == kind) {
            name = new Name(n.getNamespaceURI().toString(), null);
        } else if (test instanceof LocalNameTest n && n.getNodeKind() == kind) {
            name = new Name(null, n.getLocalName());
        } else if (test instanceof NodeKindTest n && n.getNodeKind() == kind) {
            name = Name.ANY;
        } else {
            return null;
        }
        return positive ? Condition.atom(fact, name) : Condition.none(fact, name);
    }

    // functions that cannot fail when each argument is safe and, but for the sequence ones, a single item at most
    private static final Set<String> STRING_FUNCTIONS = Set.of("normalize-space", "string", "name", "local-name",
            "namespace-uri", "lower-case", "upper-case", "concat", "substring-before", "substring-after", "translate",
            "generate-id");
    private static final Set<String> TESTS_ON_STRINGS = Set.of("contains", "starts-with", "ends-with");

    private Reading function(SystemFunctionCall call, boolean relative, boolean many) {
        StructuredQName name = call.getFunctionName();
        if (!NamespaceUri.FN.equals(name.getNamespaceUri())) return Reading.UNKNOWN;
        String f = name.getLocalPart();
        Expression[] args = call.getArguments();
        switch (f) {
            case "not": {
                if (args.length != 1) return Reading.UNKNOWN;
                Reading b = read(args[0], relative).asBoolean();
                return Reading.bool(b.isFalse(), b.isTrue(), b.safe());
            }
            case "boolean":
                return args.length == 1 ? read(args[0], relative).asBoolean() : Reading.UNKNOWN;
            case "exists":
            case "empty": {
                if (args.length != 1) return Reading.UNKNOWN;
                Reading r = read(args[0], relative);
                return f.equals("exists") ? Reading.bool(r.present(), r.absent(), r.safe())
                        : Reading.bool(r.absent(), r.present(), r.safe());
            }
            case "reverse": {
                if (args.length != 1) return Reading.UNKNOWN;
                Reading r = read(args[0], relative);
                return r.kind() == Kind.NODES ? Reading.nodes(r.present(), r.absent(), r.safe(), many) : Reading.UNKNOWN;
            }
            case "count":
                return args.length == 1 ? Reading.value(Kind.NUMBER, Condition.TRUE, Condition.FALSE,
                        read(args[0], relative).safe(), false) : Reading.UNKNOWN;
            case "true":
            case "false":
                return args.length == 0 ? (f.equals("true") ? Reading.bool(Condition.TRUE, Condition.FALSE, true)
                        : Reading.bool(Condition.FALSE, Condition.TRUE, true)) : Reading.UNKNOWN;
            case "string-length":
                return singles(args, relative) ? Reading.value(Kind.NUMBER, Condition.TRUE, Condition.FALSE, true,
                        false) : Reading.UNKNOWN;
            default:
                if (TESTS_ON_STRINGS.contains(f) && args.length == 2 && singles(args, relative)) {
                    return Reading.bool(Condition.TRUE, Condition.TRUE, true);
                }
                if (STRING_FUNCTIONS.contains(f) && singles(args, relative)) {
                    Reading r = Reading.value(Kind.STRING, Condition.TRUE, Condition.FALSE, true, false);
                    if ((f.equals("name") || f.equals("local-name")) && args.length == 1) {
                        Reading of = read(args[0], relative);
                        boolean context = args[0] instanceof ContextItemExpression
                                || args[0] instanceof ItemChecker c && c.getBaseExpression() instanceof ContextItemExpression;
                        boolean current = args[0] instanceof VariableReference v && CURRENT.equals(v.getVariableName());
                        if (current || context && relative) return r.named(Naming.CONTEXT);
                        if (context) return r.named(Naming.ITEM);
                    }
                    return r;
                }
                return Reading.UNKNOWN;
        }
    }

    /** Whether every argument is safe and at most one item of a kind a string function takes without an error. */
    private boolean singles(Expression[] args, boolean relative) {
        for (Expression a : args) {
            Reading r = read(a, relative);
            if (!r.safe() || r.many() || r.kind() == Kind.NUMBER || r.kind() == Kind.BOOLEAN) return false;
        }
        return true;
    }

    private Reading comparison(ComparisonExpression c, boolean relative) {
        Expression[] sides = {c.getLhsExpression(), c.getRhsExpression()};
        int op = c.getSingletonOperator();
        for (int i = 0; i < 2; i++) {
            if (sides[i] instanceof SystemFunctionCall count && count.getFunctionName().getLocalPart().equals("count")
                    && NamespaceUri.FN.equals(count.getFunctionName().getNamespaceUri()) && count.getArity() == 1
                    && sides[1 - i] instanceof Literal lit && integer(lit.getGroundedValue()) != null) {
                return counted(read(count.getArg(0), relative), i == 0 ? op : Token.inverse(op),
                        integer(lit.getGroundedValue()));
            }
        }
        Reading l = read(sides[0], relative), r = read(sides[1], relative);
        if (op == Token.FEQ && (l.naming() == Naming.ITEM && r.naming() == Naming.CONTEXT
                || l.naming() == Naming.CONTEXT && r.naming() == Naming.ITEM)) {
            // equal names: equal local names
            boolean ok = l.safe() && r.safe() && !l.many() && !r.many();
            return Reading.bool(Condition.TRUE, Condition.TRUE, ok).named(Naming.NAMESAKE);
        }
        for (int i = 0; i < 2 && relative && (op == Token.FEQ || op == Token.FNE); i++) {
            if (blankValue(sides[i]) && sides[1 - i] instanceof Literal lit && strings(lit.getGroundedValue())
                    && lit.getGroundedValue().getLength() == 1 && lit.getGroundedValue().head().getStringValue().isEmpty()) {
                // normalize-space(.) eq '': no text but whitespace among the descendants
                Condition blank = Condition.none(Fact.TEXT, Name.ANY), text = Condition.atom(Fact.TEXT, Name.ANY);
                boolean ok = l.safe() && r.safe();
                return op == Token.FEQ ? Reading.bool(blank, text, ok) : Reading.bool(text, blank, ok);
            }
        }
        for (int i = 0; i < 2 && relative && op == Token.FEQ; i++) {
            Name attribute = contextAttribute(sides[i]);
            if (attribute != null && sides[1 - i] instanceof Literal lit && strings(lit.getGroundedValue())
                    && (lit.getGroundedValue().getLength() == 1 || !(c instanceof net.sf.saxon.expr.ValueComparison))) {
                // @a = 'x' (or one of several): true exactly when the attribute has one of the values
                Condition isTrue = Condition.FALSE, isFalse = Condition.TRUE;
                for (int k = 0; k < lit.getGroundedValue().getLength(); k++) {
                    String v = lit.getGroundedValue().itemAt(k).getStringValue();
                    isTrue = Condition.or(isTrue, Condition.value(attribute, v, true));
                    isFalse = Condition.and(isFalse, Condition.value(attribute, v, false));
                }
                return Reading.bool(isTrue, isFalse, l.safe() && r.safe());
            }
        }
        boolean strings = stringLike(l.kind()) && stringLike(r.kind());
        boolean numbers = l.kind() == Kind.NUMBER && r.kind() == Kind.NUMBER;
        boolean singletons = c instanceof net.sf.saxon.expr.ValueComparison ? !l.many() && !r.many() : true;
        boolean ok = l.safe() && r.safe() && (strings || numbers) && singletons;
        // true only when neither side is empty
        return Reading.bool(Condition.and(l.present(), r.present()), Condition.TRUE, ok);
    }

    /** {@code normalize-space(.)} or {@code normalize-space()} of the context. */
    private static boolean blankValue(Expression e) {
        if (!(e instanceof SystemFunctionCall f) || !NamespaceUri.FN.equals(f.getFunctionName().getNamespaceUri())
                || !f.getFunctionName().getLocalPart().equals("normalize-space")) {
            return false;
        }
        if (f.getArity() == 0) return true;
        Expression a = f.getArg(0);
        while (a instanceof net.sf.saxon.expr.CardinalityChecker || a instanceof AtomicSequenceConverter
                || a instanceof Atomizer || a instanceof ItemChecker) {
            a = ((net.sf.saxon.expr.UnaryExpression) a).getBaseExpression();
        }
        return a instanceof ContextItemExpression;
    }

    /** The exact name of the context's attribute that the expression is (atomized, or as a string), or null. */
    private static Name contextAttribute(Expression e) {
        if (e instanceof Atomizer a) return contextAttribute(a.getBaseExpression());
        if (e instanceof CastExpression c) {
            return c.getTargetType() == BuiltInAtomicType.STRING && c.allowsEmpty() ? contextAttribute(c.getBaseExpression())
                    : null;
        }
        if (e instanceof AtomicSequenceConverter c) {
            return c.getRequiredItemType() == BuiltInAtomicType.STRING ? contextAttribute(c.getBaseExpression()) : null;
        }
        if (e instanceof SlashExpression s) {
            Expression start = s.getStart();
            boolean fromContext = start instanceof ContextItemExpression
                    || start instanceof ItemChecker i && i.getBaseExpression() instanceof ContextItemExpression;
            return fromContext ? contextAttribute(s.getStep()) : null;
        }
        if (e instanceof AttributeGetter g) {
            return new Name(g.getAttributeName().getNamespaceUri().toString(), g.getAttributeName().getLocalPart());
        }
        if (e instanceof AxisExpression a && a.getAxis() == AxisInfo.ATTRIBUTE && a.getNodeTest() instanceof NameTest n) {
            return new Name(n.getNamespaceURI().toString(), n.getLocalPart());
        }
        return null;
    }

    private static boolean strings(GroundedValue v) {
        if (v.getLength() == 0) return false;
        for (int k = 0; k < v.getLength(); k++) {
            if (!(v.itemAt(k) instanceof StringValue)) return false;
        }
        return true;
    }

    private static boolean stringLike(Kind k) {
        return k == Kind.STRING || k == Kind.UNTYPED || k == Kind.NODES;
    }

    /** {@code count(X) op n}: what it being true, or false, needs of X's being empty. */
    private Reading counted(Reading x, int op, long n) {
        boolean zeroTrue = compare(0, op, n), someTrue = false, someFalse = false;
        for (long c = 1; c <= Math.max(1, n + 2); c++) {
            if (compare(c, op, n)) someTrue = true;
            else someFalse = true;
        }
        Condition isTrue = !zeroTrue ? x.present() : !someTrue ? x.absent() : Condition.TRUE;
        Condition isFalse = zeroTrue ? x.present() : !someFalse ? x.absent() : Condition.TRUE;
        return Reading.bool(isTrue, isFalse, x.safe());
    }

    private static boolean compare(long c, int op, long n) {
        return switch (op) {
            case Token.FEQ -> c == n;
            case Token.FNE -> c != n;
            case Token.FLT -> c < n;
            case Token.FLE -> c <= n;
            case Token.FGT -> c > n;
            case Token.FGE -> c >= n;
            default -> true;
        };
    }

    private static Long integer(GroundedValue v) {
        return v.getLength() == 1 && v.head() instanceof Int64Value i ? i.longValue() : null;
    }

    private Reading literal(GroundedValue v) {
        if (v.getLength() == 0) return Reading.nodes(Condition.FALSE, Condition.TRUE, true, false);
        if (v.getLength() == 1 && v.head() instanceof BooleanValue b) {
            return b.getBooleanValue() ? Reading.bool(Condition.TRUE, Condition.FALSE, true)
                    : Reading.bool(Condition.FALSE, Condition.TRUE, true);
        }
        boolean strings = true, numbers = true;
        for (int k = 0; k < v.getLength(); k++) {
            Item i = v.itemAt(k);
            strings &= i instanceof StringValue;
            numbers &= i instanceof net.sf.saxon.value.NumericValue;
        }
        if (strings) return Reading.value(Kind.STRING, Condition.TRUE, Condition.FALSE, true, v.getLength() > 1);
        if (numbers) return Reading.value(Kind.NUMBER, Condition.TRUE, Condition.FALSE, true, v.getLength() > 1);
        return Reading.UNKNOWN;
    }
}
