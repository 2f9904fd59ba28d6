/*
 * NACRad — headless harness for the KNIME API replica (not part of KNIME). GPL-3.0-or-later.
 */
package org.nacrad.replica.harness;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.ModelContent;
import org.knime.core.node.ModelContentRO;
import org.knime.core.node.ModelContentWO;
import org.knime.core.node.port.AbstractSimplePortObject;
import org.knime.core.node.port.AbstractSimplePortObjectSpec;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;

/**
 * Saves and loads {@link AbstractSimplePortObject}s (model ports) as one ModelContent XML file:
 * {@code object_class}, {@code spec_class} and the sub-configs {@code spec} and {@code object} written by the
 * classes' own save methods. Loading only instantiates classes compatible with the expected port type.
 */
public final class PortObjectFiles {

    private static final String ROOT = "port_object";

    private PortObjectFiles() {
    }

    public static void save(final AbstractSimplePortObject object, final Path file) throws IOException {
        PortObjectSpec spec = object.getSpec();
        if (spec != null && !(spec instanceof AbstractSimplePortObjectSpec)) {
            throw new IOException("Cannot save " + object.getClass().getName() + ": its spec "
                + spec.getClass().getName() + " is not an AbstractSimplePortObjectSpec");
        }
        ModelContent root = new ModelContent(ROOT);
        root.addString("object_class", object.getClass().getName());
        root.addString("spec_class", spec == null ? null : spec.getClass().getName());
        if (spec != null) {
            Reflect.call(AbstractSimplePortObjectSpec.class, spec, "save", new Class<?>[]{ModelContentWO.class},
                root.addModelContent("spec"));
        }
        try {
            Reflect.invoke(AbstractSimplePortObject.class, object, "save",
                new Class<?>[]{ModelContentWO.class, ExecutionMonitor.class}, root.addModelContent("object"),
                new ExecutionMonitor());
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("Saving " + object.getClass().getName() + " failed: " + e.getMessage(), e);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            root.saveToXML(out);
        }
    }

    /**
     * @param expected the port type of the input the object is for; the stored class must be a subclass of its
     *            object class and is resolved with that class's loader
     */
    public static AbstractSimplePortObject load(final Path file, final PortType expected) throws IOException {
        ModelContentRO root;
        try (InputStream in = Files.newInputStream(file)) {
            root = ModelContent.loadFromXML(in);
        }
        try {
            if (!ROOT.equals(root.getKey())) {
                throw new InvalidSettingsException("root config is \"" + root.getKey() + "\", not \"" + ROOT + "\"");
            }
            Class<?> base = expected.getPortObjectClass();
            Class<? extends AbstractSimplePortObject> objectClass = resolve(root.getString("object_class"), base,
                AbstractSimplePortObject.class);
            String specName = root.getString("spec_class");
            AbstractSimplePortObjectSpec spec = null;
            if (specName != null) {
                spec = resolve(specName, PortType.getPortObjectSpecClass(objectClass),
                    AbstractSimplePortObjectSpec.class).getConstructor().newInstance();
                Reflect.invoke(AbstractSimplePortObjectSpec.class, spec, "load",
                    new Class<?>[]{ModelContentRO.class}, root.getModelContent("spec"));
            }
            AbstractSimplePortObject object = objectClass.getConstructor().newInstance();
            Reflect.invoke(AbstractSimplePortObject.class, object, "load",
                new Class<?>[]{ModelContentRO.class, PortObjectSpec.class, ExecutionMonitor.class},
                root.getModelContent("object"), spec, new ExecutionMonitor());
            return object;
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("Cannot load port object from " + file + ": " + e.getMessage(), e);
        }
    }

    private static <T> Class<? extends T> resolve(final String name, final Class<?> base, final Class<T> kind)
        throws ClassNotFoundException, InvalidSettingsException {
        if (name == null) {
            throw new InvalidSettingsException("missing class name");
        }
        Class<?> c = Class.forName(name, false, base.getClassLoader());
        if (!base.isAssignableFrom(c) || !kind.isAssignableFrom(c)) {
            throw new InvalidSettingsException(name + " is not a " + base.getName());
        }
        return c.asSubclass(kind);
    }
}
