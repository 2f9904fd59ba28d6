package org.nacrad.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/** Versions recorded in provenance: NACRad's own and those of the libraries that compute results. */
public final class BuildInfo {

    private BuildInfo() {
    }

    /** The cli bundle's version (its Bundle-Version in the built jar), or "dev" when run from class folders. */
    public static String version() {
        String v = BuildInfo.class.getPackage().getImplementationVersion();
        return v != null ? v : manifestVersion();
    }

    private static String manifestVersion() {
        try (var in = BuildInfo.class.getResourceAsStream("/META-INF/MANIFEST.MF")) {
            if (in != null) {
                String v = new java.util.jar.Manifest(in).getMainAttributes().getValue("Bundle-Version");
                if (v != null) {
                    return v;
                }
            }
        } catch (java.io.IOException e) {
            return "dev";
        }
        return "dev";
    }

    /** Library name → version, read from the libraries' own jar manifests where they carry one. */
    public static Map<String, String> libraries() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("java", System.getProperty("java.version"));
        m.put("xgboost4j", packageVersion("ml.dmlc.xgboost4j.java.XGBoost", "3.4.0"));
        m.put("djl", packageVersion("ai.djl.engine.Engine", "0.36.0"));
        m.put("pytorch (DJL natives)", "2.7.1");
        m.put("snakeyaml", packageVersion("org.yaml.snakeyaml.Yaml", "2.5"));
        return m;
    }

    /** The implementation version of the package holding {@code className}, else the version we build against. */
    private static String packageVersion(String className, String built) {
        try {
            Package p = Class.forName(className, false, BuildInfo.class.getClassLoader()).getPackage();
            String v = p == null ? null : p.getImplementationVersion();
            return v != null ? v : built;
        } catch (ClassNotFoundException e) {
            return "not on the class path";
        }
    }
}
