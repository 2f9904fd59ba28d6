package org.nacrad.knime.deep;

import java.util.List;
import java.util.Locale;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelInteger;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.nacrad.deep.medicalnet.Depth;
import org.nacrad.deep.preprocess.Normalisation;
import org.nacrad.deep.preprocess.PreprocessSettings;
import org.nacrad.knime.util.SettingsGroup;

/** Settings of MedicalNet Feature: columns and naming, backbone and weights, preprocessing. */
final class MedicalNetFeatureSettings extends SettingsGroup {

    static final List<String> DEPTHS = List.of("10", "18", "34", "50");
    /** A user's MedicalNet checkpoint (.pth). */
    static final String CHECKPOINT = "checkpoint";
    /** Random weights from a seed: for demos and tests only, the features are not pretrained ones. */
    static final String SEEDED_RANDOM = "seeded-random";
    static final List<String> WEIGHT_SOURCES = List.of(CHECKPOINT, SEEDED_RANDOM);
    static final List<String> NORMALISATIONS = List.of("zscore-roi", "medicalnet", "none");

    final SettingsModelString imageColumn = new SettingsModelString("image_column", "");
    final SettingsModelString maskColumn = new SettingsModelString("mask_column", "");
    final SettingsModelString prefix = new SettingsModelString("prefix", "MRI_T2");
    final SettingsModelString region = new SettingsModelString("region", "Intra");
    final SettingsModelBoolean keepInputColumns = new SettingsModelBoolean("keep_input_columns", true);

    final SettingsModelString depth = new SettingsModelString("depth", "34");
    final SettingsModelString weightsSource = new SettingsModelString("weights_source", CHECKPOINT);
    final SettingsModelString weightsFile = new SettingsModelString("weights_file", "");
    final SettingsModelInteger weightsSeed = new SettingsModelInteger("weights_seed", 42);
    final SettingsModelIntegerBounded batchSize = new SettingsModelIntegerBounded("batch_size", 4, 1, 256);

    /** false: the image voxels are fed unchanged (no crop, resampling, normalisation or resize). */
    final SettingsModelBoolean preprocess = new SettingsModelBoolean("preprocess", true);
    final SettingsModelDoubleBounded marginMm = new SettingsModelDoubleBounded("margin_mm", 0, 0, 1000);
    /** 0: the finest spacing of the image. */
    final SettingsModelDoubleBounded isotropicSpacingMm =
        new SettingsModelDoubleBounded("isotropic_spacing_mm", 0, 0, 100);
    final SettingsModelString normalisation = new SettingsModelString("normalisation", "zscore-roi");
    final SettingsModelIntegerBounded resize = new SettingsModelIntegerBounded("resize", 64, 8, 512);
    final SettingsModelBoolean maskOutsideRoi = new SettingsModelBoolean("mask_outside_roi", false);
    /** Seed of the random background fill of MedicalNet's normalisation. */
    final SettingsModelInteger fillSeed = new SettingsModelInteger("fill_seed", 0);

    @Override
    protected List<SettingsModel> models() {
        return List.of(imageColumn, maskColumn, prefix, region, keepInputColumns, depth, weightsSource, weightsFile,
            weightsSeed, batchSize, preprocess, marginMm, isotropicSpacingMm, normalisation, resize, maskOutsideRoi,
            fillSeed);
    }

    @Override
    protected void check(NodeSettingsRO s) throws InvalidSettingsException {
        MedicalNetFeatureSettings candidate = new MedicalNetFeatureSettings();
        candidate.load(s);
        candidate.depth();
        candidate.preprocessing();
        oneOf(candidate.weightsSource, WEIGHT_SOURCES, "Weights");
        if (candidate.prefix.getStringValue().isBlank() || candidate.region.getStringValue().isBlank()) {
            throw new InvalidSettingsException("Column prefix and region name must not be empty.");
        }
    }

    Depth depth() throws InvalidSettingsException {
        oneOf(depth, DEPTHS, "Depth");
        return Depth.of(Integer.parseInt(depth.getStringValue().trim()));
    }

    boolean seededRandom() {
        return SEEDED_RANDOM.equals(weightsSource.getStringValue());
    }

    PreprocessSettings preprocessing() throws InvalidSettingsException {
        oneOf(normalisation, NORMALISATIONS, "Normalisation");
        if (!preprocess.getBooleanValue()) {
            return PreprocessSettings.none();
        }
        Normalisation n = Normalisation.valueOf(normalisation.getStringValue().trim().toUpperCase(Locale.ROOT)
            .replace('-', '_'));
        int size = resize.getIntValue();
        try {
            return new PreprocessSettings(true, marginMm.getDoubleValue(), isotropicSpacingMm.getDoubleValue(), n,
                new int[] {size, size, size}, maskOutsideRoi.getBooleanValue(), fillSeed.getIntValue());
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException("Preprocessing: " + e.getMessage(), e);
        }
    }

    private static void oneOf(SettingsModelString m, List<String> allowed, String what)
        throws InvalidSettingsException {
        if (!allowed.contains(m.getStringValue().trim())) {
            throw new InvalidSettingsException(what + " must be one of " + String.join(", ", allowed) + ", not '"
                + m.getStringValue() + "'.");
        }
    }
}
