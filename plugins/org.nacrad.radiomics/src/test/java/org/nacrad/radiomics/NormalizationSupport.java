package org.nacrad.radiomics;

/** Whether the extractor can normalise yet (the imaging bundle's normaliser is being written in parallel). */
final class NormalizationSupport {

    private NormalizationSupport() {
    }

    static boolean available() {
        try {
            RadiomicsExtractor.extract(null, null, RadiomicsSettings.defaults().with(java.util.Map.of("normalize",
                true)));
            return true;
        } catch (UnsupportedOperationException e) {
            return false;
        } catch (RuntimeException e) {
            return true;
        }
    }
}
