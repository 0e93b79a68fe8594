package org.teikit.validate;

import net.sf.saxon.lib.Feature;
import net.sf.saxon.s9api.ExtensionFunction;
import net.sf.saxon.s9api.ItemType;
import net.sf.saxon.s9api.OccurrenceIndicator;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SequenceType;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmEmptySequence;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import net.sf.saxon.s9api.XdmValue;

/** The one Saxon processor of the validator (thread-safe), restricted to local resources. */
final class Saxon {
    static final String NS = "http://teikit.org/ns/validate";
    /**
     * {@code teikit:location($node)}: "line:column" of the node, so SVRL locations point into the file; followed by a
     * space and the node's system id when it came from another file than the root element ({@code xi:include}).
     */
    static final QName LOCATION = new QName(NS, "location");

    static final Processor PROCESSOR = newProcessor();

    private Saxon() {}

    private static Processor newProcessor() {
        Processor p = new Processor(false);
        // doc(), document(), xsl:include, sch:include: local files and the jar only, never the network
        p.setConfigurationProperty(Feature.ALLOWED_PROTOCOLS, "file,jar");
        // a tree built from SAX events (the validator's) otherwise places a text node where the next event is, not
        // where its characters were: the line numbering of a DocumentBuilder does not reach that content handler
        p.setConfigurationProperty(Feature.LINE_NUMBERING, true);
        p.registerExtensionFunction(new LocationFunction());
        return p;
    }

    private static final class LocationFunction implements ExtensionFunction {
        @Override
        public QName getName() {
            return LOCATION;
        }

        @Override
        public SequenceType getResultType() {
            return SequenceType.makeSequenceType(ItemType.STRING, OccurrenceIndicator.ONE);
        }

        @Override
        public SequenceType[] getArgumentTypes() {
            return new SequenceType[] {SequenceType.makeSequenceType(ItemType.ANY_NODE, OccurrenceIndicator.ZERO_OR_ONE)};
        }

        @Override
        public XdmValue call(XdmValue[] args) {
            if (args[0] instanceof XdmEmptySequence || args[0].size() == 0) return new XdmAtomicValue("");
            XdmNode node = (XdmNode) args[0].itemAt(0);
            // attributes and text carry no position of their own: use the element they belong to
            while (node != null && node.getNodeKind() != XdmNodeKind.ELEMENT && node.getLineNumber() <= 0) {
                node = node.getParent();
            }
            if (node == null || node.getLineNumber() <= 0) return new XdmAtomicValue("");
            String at = node.getLineNumber() + ":" + node.getColumnNumber();
            String file = node.getUnderlyingNode().getSystemId();
            return new XdmAtomicValue(file == null || file.equals(rootElementSystemId(node)) ? at : at + " " + file);
        }

        private static String rootElementSystemId(XdmNode node) {
            for (XdmNode child : node.getRoot().children()) {
                if (child.getNodeKind() == XdmNodeKind.ELEMENT) return child.getUnderlyingNode().getSystemId();
            }
            return null;
        }
    }
}
