package org.nacrad.integration.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.nacrad.lib.djl.DjlEngines;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What a KNIME installation does with our bundles, done in plain Equinox with the KNIME API replica. KNIME types are
 * reached through org.nacrad.knime's class loader: Tycho's generated test fragment imports every package the tests
 * name, and an Import-Package of the split package org.knime.core.node would wire to only one of its two exporters.
 */
class ShippedBundlesInEquinoxTest {

    /** The bundles of org.nacrad.feature. */
    private static final List<String> SHIPPED = List.of("org.nacrad.image", "org.nacrad.cohort",
            "org.nacrad.radiomics", "org.nacrad.learn", "org.nacrad.learn.xgboost", "org.nacrad.deep", "org.nacrad.report",
            "org.nacrad.knime",
            "org.nacrad.lib.xgboost", "org.nacrad.lib.djl", "org.yaml.snakeyaml");

    private final BundleContext context = FrameworkUtil.getBundle(getClass()).getBundleContext();

    @Test
    void everyShippedBundleResolvesAndStarts() throws Exception {
        for (String name : SHIPPED) {
            Bundle bundle = bundle(name);
            bundle.start();
            assertEquals(Bundle.ACTIVE, bundle.getState(), name + " did not start");
        }
    }

    @Test
    void everyRegisteredNodeLoadsWithItsDescription() throws Exception {
        Bundle nodes = bundle("org.nacrad.knime");
        Class<?> nodeFactory = nodes.loadClass("org.knime.core.node.NodeFactory");
        List<String> factories = factoryClasses(nodes.getEntry("plugin.xml"));
        assertFalse(factories.isEmpty(), "plugin.xml registers no node");
        for (String name : factories) {
            Class<?> type = nodes.loadClass(name);
            assertTrue(nodeFactory.isAssignableFrom(type), name + " is no NodeFactory");
            assertNotNull(type.getResource(type.getSimpleName() + ".xml"), "no node description next to " + name);
            Object factory = type.getDeclaredConstructor().newInstance();
            nodeFactory.getMethod("init").invoke(factory);
            Object nodeName = nodeFactory.getMethod("getNodeName").invoke(factory);
            assertFalse(nodeName == null || nodeName.toString().isBlank(), name + " has no name");
        }
    }

    @Test
    void anotherBundleStartsThePyTorchEngine() {
        assertEquals(DjlEngines.PYTORCH, DjlEngines.pytorch().getEngineName());
    }

    private Bundle bundle(String symbolicName) {
        return Arrays.stream(context.getBundles()).filter(b -> symbolicName.equals(b.getSymbolicName())).findFirst()
                .orElseThrow(() -> new AssertionError(symbolicName + " is not installed in the test runtime"));
    }

    private static List<String> factoryClasses(URL pluginXml) throws Exception {
        assertNotNull(pluginXml, "org.nacrad.knime has no plugin.xml");
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        List<String> names = new ArrayList<>();
        try (InputStream in = pluginXml.openStream()) {
            NodeList nodes = dbf.newDocumentBuilder().parse(in).getElementsByTagName("node");
            for (int i = 0; i < nodes.getLength(); i++) {
                names.add(((Element) nodes.item(i)).getAttribute("factory-class"));
            }
        }
        return names;
    }
}
