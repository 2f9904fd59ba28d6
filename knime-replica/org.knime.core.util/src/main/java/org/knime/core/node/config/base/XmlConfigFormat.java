/*
 * NACRad replica of the KNIME 5.3 API (org.knime.core.util 6.3). GPL-3.0-or-later. Compile/test only, never shipped.
 */
package org.knime.core.node.config.base;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads and writes KNIME's XMLConfig format ({@code http://www.knime.org/2008/09/XMLConfig}): nested
 * {@code <config key>} elements and {@code <entry key type value [isnull]>} leaves. Values use KNIME's
 * {@code %%ddddd} escape for control characters, characters above U+D7FF and a '%' followed by '%'.
 * Parsing is hardened: DOCTYPE declarations (hence DTDs and entities) are rejected, secure processing is on.
 */
final class XmlConfigFormat {

    private static final String NS = "http://www.knime.org/2008/09/XMLConfig";

    private static final String SCHEMA = NS + " http://www.knime.org/XMLConfig_2008_09.xsd";

    private XmlConfigFormat() {
    }

    static void save(final ConfigBase config, final OutputStream out) throws IOException {
        try (Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
            writeConfig(w, config, 0);
        }
    }

    private static void writeConfig(final Writer w, final ConfigBase c, final int depth) throws IOException {
        indent(w, depth);
        w.write("<config");
        if (depth == 0) {
            w.write(" xmlns=\"" + NS + "\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                + " xsi:schemaLocation=\"" + SCHEMA + "\"");
        }
        w.write(" key=\"" + attr(c.getKey()) + "\"");
        if (c.entries().isEmpty()) {
            w.write("/>\n");
            return;
        }
        w.write(">\n");
        for (AbstractConfigEntry e : c.entries().values()) {
            if (e instanceof ConfigBase sub) {
                writeConfig(w, sub, depth + 1);
            } else if (e.getType() != ConfigEntries.xtransientstring) {
                indent(w, depth + 1);
                String v = e.toStringValue();
                w.write("<entry key=\"" + attr(e.getKey()) + "\" type=\"" + e.getType().name() + "\"");
                if (v == null) {
                    w.write(" isnull=\"true\"");
                    v = "";
                }
                w.write(" value=\"" + attr(escape(v)) + "\"/>\n");
            }
        }
        indent(w, depth);
        w.write("</config>\n");
    }

    private static void indent(final Writer w, final int depth) throws IOException {
        w.write("    ".repeat(depth));
    }

    /** XML attribute escaping (after KNIME's own escape, so only printable characters remain). */
    private static String attr(final String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> b.append(ch);
            }
        }
        return b.toString();
    }

    static String escape(final String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean percentPair = c == '%' && i + 1 < s.length() && s.charAt(i + 1) == '%';
            if (c < 32 || c > 0xD7FF || percentPair) {
                b.append("%%").append(String.format("%05d", (int)c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    static String unescape(final String s) {
        StringBuilder b = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            if (i + 6 < s.length() && s.charAt(i) == '%' && s.charAt(i + 1) == '%' && digits(s, i + 2)) {
                b.append((char)Integer.parseInt(s.substring(i + 2, i + 7)));
                i += 7;
            } else {
                b.append(s.charAt(i++));
            }
        }
        return b.toString();
    }

    private static boolean digits(final String s, final int from) {
        for (int k = from; k < from + 5; k++) {
            if (!Character.isDigit(s.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    static void load(final ConfigBase config, final InputStream in) throws IOException {
        try {
            SAXParserFactory f = SAXParserFactory.newInstance();
            f.setNamespaceAware(false);
            f.setValidating(false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setXIncludeAware(false);
            XMLReader reader = f.newSAXParser().getXMLReader();
            Handler h = new Handler(config);
            reader.setContentHandler(h);
            reader.setErrorHandler(h);
            reader.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("External entities are not allowed: " + systemId);
            });
            reader.parse(new InputSource(in));
            if (!h.m_sawRoot) {
                throw new IOException("Unable to parse xml: no <config> root element");
            }
        } catch (SAXParseException e) {
            String msg = e.getMessage() != null && e.getMessage().contains("DOCTYPE")
                ? "DOCTYPE/DTD declarations are not allowed in KNIME XML config files (rejected for safety)"
                : e.getMessage();
            throw new IOException("Unable to parse xml (line " + e.getLineNumber() + "): " + msg, e);
        } catch (SAXException | ParserConfigurationException e) {
            throw new IOException("Unable to parse xml: " + e.getMessage(), e);
        }
    }

    private static final class Handler extends DefaultHandler {

        private final Deque<ConfigBase> m_stack = new ArrayDeque<>();

        private boolean m_sawRoot;

        Handler(final ConfigBase root) {
            m_stack.push(root);
        }

        @Override
        public void startElement(final String uri, final String localName, final String qName,
            final Attributes atts) throws SAXException {
            String key = atts.getValue("key");
            if ("config".equals(qName)) {
                if (key == null) {
                    throw new SAXException("<config> without key attribute");
                }
                if (!m_sawRoot) {
                    m_sawRoot = true;
                    m_stack.peek().setKey(key);
                } else {
                    m_stack.push(m_stack.peek().addConfigBase(key));
                }
            } else if ("entry".equals(qName)) {
                if (!m_sawRoot) {
                    throw new SAXException("First element in xml is not a config");
                }
                addEntry(key, atts);
            } else {
                throw new SAXException("\"" + qName + "\" is not a valid tag name.");
            }
        }

        private void addEntry(final String key, final Attributes atts) throws SAXException {
            String type = atts.getValue("type");
            if (key == null || type == null) {
                throw new SAXException("<entry> needs key and type attributes");
            }
            ConfigEntries t;
            try {
                t = ConfigEntries.valueOf(type);
            } catch (IllegalArgumentException e) {
                throw new SAXException("Invalid type ('" + type + "') for key '" + key + "' in XML file.", e);
            }
            if (t == ConfigEntries.config) {
                throw new SAXException("Invalid type ('" + type + "') for key '" + key + "' in XML file.");
            }
            String raw = atts.getValue("value");
            String value = "true".equals(atts.getValue("isnull")) || raw == null ? null : unescape(raw);
            m_stack.peek().put(new ValueEntry(t, key, value));
        }

        @Override
        public void endElement(final String uri, final String localName, final String qName) {
            if ("config".equals(qName) && m_stack.size() > 1) {
                m_stack.pop();
            }
        }

        @Override
        public void fatalError(final SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void error(final SAXParseException e) throws SAXException {
            throw e;
        }
    }
}
