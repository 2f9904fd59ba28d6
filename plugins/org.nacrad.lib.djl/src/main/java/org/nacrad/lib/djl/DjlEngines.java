package org.nacrad.lib.djl;

import ai.djl.engine.Engine;

/**
 * Starts DJL engines from inside OSGi. DJL finds its engine providers and the PyTorch natives through the thread
 * context class loader, which in Equinox/KNIME is not the loader of this bundle; all DJL jars and the natives are
 * embedded here, so engine start-up runs with this bundle's loader as context loader. Once started, an engine is
 * cached by DJL and usable from any thread.
 */
public final class DjlEngines {

    /** Name under which DJL registers the PyTorch engine. */
    public static final String PYTORCH = "PyTorch";

    private DjlEngines() {
    }

    /**
     * Returns the PyTorch engine, starting it on first use. The CPU natives ship in this bundle, so DJL is put in
     * offline mode (unless the caller decided otherwise) and never tries to download anything.
     */
    public static synchronized Engine pytorch() {
        if (System.getProperty("ai.djl.offline") == null) {
            System.setProperty("ai.djl.offline", "true");
        }
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(DjlEngines.class.getClassLoader());
        try {
            return Engine.getEngine(PYTORCH);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
