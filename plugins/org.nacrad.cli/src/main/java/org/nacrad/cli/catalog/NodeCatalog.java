package org.nacrad.cli.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The NACRad nodes as KNIME would list them: factories registered in the bundles' plugin.xml, with the display
 * name and short description from each factory's node description XML.
 */
public final class NodeCatalog {

    /** A registered node. */
    public record Entry(String factory, String name, String shortDescription, String category) {
    }

    /** System property listing plugin.xml files to read instead of class-path resources. */
    public static final String PLUGIN_XML_PROPERTY = "nacrad.pluginXml";

    private final List<Entry> entries;

    private NodeCatalog(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /**
     * Reads every plugin.xml on the class path (the bundle jars carry them). Where bundles are used as class folders
     * (tests), the system property {@value #PLUGIN_XML_PROPERTY} names the plugin.xml files instead.
     */
    public static NodeCatalog load() throws IOException {
        List<URL> sources = new ArrayList<>();
        String explicit = System.getProperty(PLUGIN_XML_PROPERTY);
        if (explicit != null) {
            for (String f : explicit.split(java.io.File.pathSeparator)) {
                sources.add(java.nio.file.Path.of(f).toUri().toURL());
            }
        } else {
            sources.addAll(Collections.list(NodeCatalog.class.getClassLoader().getResources("plugin.xml")));
        }
        List<Entry> out = new ArrayList<>();
        ClassLoader cl = NodeCatalog.class.getClassLoader();
        for (URL url : sources) {
            Document doc = parse(url.openStream(), url.toString());
            NodeList nodes = doc.getElementsByTagName("node");
            for (int i = 0; i < nodes.getLength(); i++) {
                Element n = (Element) nodes.item(i);
                String factory = n.getAttribute("factory-class");
                out.add(describe(cl, factory, n.getAttribute("category-path")));
            }
        }
        return new NodeCatalog(out);
    }

    private static Entry describe(ClassLoader cl, String factory, String category) throws IOException {
        String resource = factory.replace('.', '/') + ".xml";
        String simple = factory.substring(factory.lastIndexOf('.') + 1);
        try (InputStream in = cl.getResourceAsStream(resource)) {
            if (in == null) {
                return new Entry(factory, simple.replace("NodeFactory", ""), "", category);
            }
            Document d = parse(in, resource);
            return new Entry(factory, text(d, "name"), text(d, "shortDescription"), category);
        }
    }

    private static String text(Document d, String tag) {
        NodeList l = d.getElementsByTagName(tag);
        return l.getLength() == 0 ? "" : l.item(0).getTextContent().strip().replaceAll("\\s+", " ");
    }

    /** Parses trusted bundle resources with DTDs and external entities disabled all the same. */
    private static Document parse(InputStream in, String what) throws IOException {
        try (in) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setExpandEntityReferences(false);
            f.setNamespaceAware(false);
            DocumentBuilder b = f.newDocumentBuilder();
            return b.parse(in);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException(what + ": " + e.getMessage(), e);
        }
    }

    public List<Entry> entries() {
        return entries;
    }

    /** Finds a node by display name ("Image Reader"), a slug ("image-reader"), or factory class name. */
    public Optional<Entry> find(String name) {
        String key = slug(name);
        return entries.stream().filter(e -> e.factory().equals(name) || slug(e.name()).equals(key)
            || e.factory().endsWith("." + name)).findFirst();
    }

    public static String slug(String name) {
        return name.trim().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
