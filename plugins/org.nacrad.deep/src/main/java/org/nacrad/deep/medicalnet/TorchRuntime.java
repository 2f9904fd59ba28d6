package org.nacrad.deep.medicalnet;

import java.nio.file.Path;

import org.nacrad.lib.djl.DjlEngines;

import ai.djl.engine.Engine;

/**
 * Starts DJL's PyTorch engine offline on the CPU. Natives come from the pytorch-native-cpu jar and are unpacked once
 * into the DJL cache folder ({@code DJL_CACHE_DIR}, default {@code ~/.djl.ai}, ~430 MB).
 */
public final class TorchRuntime {

    private TorchRuntime() {
    }

    /**
     * Engine start-up options; they take effect only before the first engine use in the JVM.
     *
     * @param cacheDir folder for the unpacked natives, or null for DJL's default ({@code DJL_CACHE_DIR} or ~/.djl.ai)
     * @param threads intra-op threads for PyTorch, or 0 for PyTorch's default (one per core)
     */
    public static synchronized void configure(Path cacheDir, int threads) {
        if (cacheDir != null) {
            System.setProperty("DJL_CACHE_DIR", cacheDir.toAbsolutePath().toString());
        }
        if (threads > 0) {
            System.setProperty("ai.djl.pytorch.num_threads", Integer.toString(threads));
            System.setProperty("ai.djl.pytorch.num_interop_threads", "1");
        }
    }

    /** The PyTorch engine, started through org.nacrad.lib.djl (offline, context class loader set for OSGi). */
    public static Engine pytorch() {
        return DjlEngines.pytorch();
    }
}
