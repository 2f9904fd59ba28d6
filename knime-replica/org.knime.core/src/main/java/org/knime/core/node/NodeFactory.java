/*
 * NACRad replica of the KNIME 5.3 API (org.knime.core 5.3). GPL-3.0-or-later. Compile/test only, never shipped.
 */
package org.knime.core.node;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.knime.core.node.config.ConfigRO;
import org.knime.core.node.config.ConfigWO;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Creates a node's model, dialog and views. Name, type, icon and port names come from the node description
 * {@code <FactorySimpleName>.xml} next to the factory class, as in KNIME.
 */
public abstract class NodeFactory<T extends NodeModel> {

    /** Node categories as used by the node description's {@code type} attribute. */
    public static enum NodeType {
        Source, Sink, Learner, Predictor, Manipulator, Visualizer, Widget, Meta, LoopStart, LoopEnd, ScopeStart,
        ScopeEnd, @Deprecated QuickForm, Configuration, Other, Missing, Unknown, Subnode, VirtualIn, VirtualOut,
        Container
    }

    private Element m_description;

    private boolean m_initialized;

    protected NodeFactory() {
        this(false);
    }

    protected NodeFactory(final boolean lazyInitialization) {
        if (!lazyInitialization) {
            init();
        }
    }

    /** Reads the node description; a missing or broken file leaves the defaults (as KNIME, which logs it). */
    public synchronized void init() {
        if (m_initialized) {
            return;
        }
        m_initialized = true;
        try (InputStream in = getClass().getResourceAsStream(getClass().getSimpleName() + ".xml")) {
            if (in != null) {
                DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
                f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
                f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
                f.setFeature("http://xml.org/sax/features/external-general-entities", false);
                f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
                f.setExpandEntityReferences(false);
                m_description = f.newDocumentBuilder().parse(in).getDocumentElement();
            }
        } catch (IOException | SAXException | ParserConfigurationException e) {
            NodeLogger.getLogger(getClass()).coding("Node description of " + getClass().getName()
                + " could not be read: " + e.getMessage(), e);
        }
    }

    public final String getFactoryId() {
        return getClass().getName();
    }

    public Element getXMLDescription() {
        return m_description;
    }

    public void loadAdditionalFactorySettings(final ConfigRO config) throws InvalidSettingsException {
    }

    public void saveAdditionalFactorySettings(final ConfigWO config) {
    }

    public final String getNodeName() {
        String name = childText(m_description, "name");
        return name == null ? "Please set name in factory XML" : name;
    }

    public String getInportName(final int index) {
        return portName("inPort", index);
    }

    public String getOutportName(final int index) {
        return portName("outPort", index);
    }

    public abstract T createNodeModel();

    protected abstract int getNrNodeViews();

    public abstract NodeView<T> createNodeView(int viewIndex, T nodeModel);

    protected abstract boolean hasDialog();

    protected abstract NodeDialogPane createNodeDialogPane();

    public URL getIcon() {
        String icon = m_description == null ? "" : m_description.getAttribute("icon");
        return icon.isEmpty() ? null : getClass().getResource(icon);
    }

    public NodeType getType() {
        String type = m_description == null ? "" : m_description.getAttribute("type");
        try {
            return type.isEmpty() ? NodeType.Unknown : NodeType.valueOf(type);
        } catch (IllegalArgumentException e) {
            return NodeType.Unknown;
        }
    }

    public final boolean isDeprecated() {
        return m_description != null && Boolean.parseBoolean(m_description.getAttribute("deprecated"));
    }

    private String portName(final String tag, final int index) {
        if (m_description == null) {
            return null;
        }
        NodeList ports = m_description.getElementsByTagName(tag);
        for (int i = 0; i < ports.getLength(); i++) {
            Element p = (Element)ports.item(i);
            if (Integer.toString(index).equals(p.getAttribute("index"))) {
                return p.getAttribute("name");
            }
        }
        return null;
    }

    private static String childText(final Element parent, final String tag) {
        if (parent == null) {
            return null;
        }
        NodeList children = parent.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element e && tag.equals(e.getTagName())) {
                return e.getTextContent().trim();
            }
        }
        return null;
    }
}
