package org.nacrad.radiomics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

import org.nacrad.image.Geometry;
import org.nacrad.image.Volume;
import org.nacrad.image.normalize.ZScoreNormalization;
import org.nacrad.image.resample.Crop;
import org.nacrad.image.resample.Interpolator;
import org.nacrad.image.resample.RadiomicsResampling;
import org.nacrad.radiomics.features.FirstOrder;
import org.nacrad.radiomics.roi.BoundingBox;
import org.nacrad.radiomics.roi.DiscretisedRoi;
import org.nacrad.radiomics.roi.MaskCheck;
import org.nacrad.radiomics.roi.Resegmentation;
import org.nacrad.radiomics.roi.Roi;
import org.nacrad.radiomics.shape.Shape;
import org.nacrad.radiomics.shape.Shape2D;
import org.nacrad.radiomics.texture.GrayLevelCooccurrenceMatrix;
import org.nacrad.radiomics.texture.GrayLevelDependenceMatrix;
import org.nacrad.radiomics.texture.GrayLevelRunLengthMatrix;
import org.nacrad.radiomics.texture.GrayLevelSizeZoneMatrix;
import org.nacrad.radiomics.texture.NeighbouringGrayToneDifferenceMatrix;

/**
 * Feature extraction for one image and one mask, following PyRadiomics' {@code RadiomicsFeatureExtractor.execute}
 * for the {@code Original} image type:
 * <ol>
 * <li>normalise the whole image (if {@code normalize});</li>
 * <li>resample image and mask (if interpolator and spacing are set), otherwise pre-crop (if {@code preCrop});</li>
 * <li>check the mask (grid, label, dimensions, size) → bounding box;</li>
 * <li>resegment (if a range is set) and check again;</li>
 * <li>shape features on the mask cropped to the (resegmented) box — the original mask unless
 * {@code resegmentShape}, exactly as PyRadiomics' extractor does;</li>
 * <li>crop to the (new) box without padding, discretise once, compute first-order and texture classes.</li>
 * </ol>
 * ROI problems (label absent, single voxel, too few dimensions, resegmentation leaving ≤ 1 voxel, NaN in the ROI,
 * too many gray levels) raise {@link org.nacrad.radiomics.roi.RoiException} with PyRadiomics' message. Stateless and
 * thread-safe: patients/ROIs may be extracted in parallel, each call is deterministic.
 */
public final class RadiomicsExtractor {

    /** Reported as {@code diagnostics_Versions_*}. */
    public static final String VERSION = "0.1.0";
    public static final String CONFORMS_TO = "PyRadiomics 3.1";

    private RadiomicsExtractor() {
    }

    /** All default features of the 3D classes (107 with PyRadiomics 3 defaults). */
    public static RadiomicsResult extract(Volume image, Volume mask, RadiomicsSettings s) {
        return extract(image, mask, s, FeatureSelection.defaults());
    }

    public static RadiomicsResult extract(Volume image, Volume mask, RadiomicsSettings s, FeatureSelection selection) {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(mask, "mask");
        Objects.requireNonNull(s, "settings");
        Objects.requireNonNull(selection, "feature selection");
        return new Run(image, mask, s, selection).execute();
    }

    /** The state of one extraction, step by step. */
    private static final class Run {
        final RadiomicsSettings s;
        final FeatureSelection selection;
        final Map<String, String> diag = new LinkedHashMap<>();
        final Map<String, Double> features = new LinkedHashMap<>();
        final List<String> notes = new ArrayList<>();
        Volume img;
        Volume msk;
        BoundingBox knownBox;

        Run(Volume image, Volume mask, RadiomicsSettings s, FeatureSelection selection) {
            this.img = image;
            this.msk = mask;
            this.s = s;
            this.selection = selection;
        }

        RadiomicsResult execute() {
            diag.put("diagnostics_Versions_NACRad", VERSION);
            diag.put("diagnostics_Versions_ConformsTo", CONFORMS_TO);
            diag.put("diagnostics_Configuration_Settings", s.toString());
            diag.put("diagnostics_Configuration_EnabledImageTypes", "{'Original': {}}");
            if (s.additionalInfo()) {
                originalDiagnostics();
            }
            preprocess();
            MaskCheck.Result checked = knownBox == null ? check(img, msk, s) : MaskCheck.check(knownBox, msk,
                s.label(), s.minimumROIDimensions(), s.minimumROISize());
            if (checked.corrected() && s.additionalInfo()) {
                Diagnostics.mask(diag, "corrected", img, checked.mask(), s.label());
            }
            msk = checked.mask();
            BoundingBox box = checked.box();
            BoundingBox shapeBox = box;
            Volume shapeMask = msk;
            if (s.resegmentRange() != null) {
                msk = Resegmentation.apply(img, msk, s.label(), s.resegmentRange(), s.resegmentMode()).mask();
                box = check(img, msk, s).box();
                if (s.additionalInfo()) {
                    Diagnostics.mask(diag, "resegmented", img, msk, s.label());
                }
                // PyRadiomics crops the shape mask with the box of the resegmented mask even when shape itself uses
                // the original mask, leaving voxels outside that box out of shape; IBSI mode keeps the whole mask.
                shapeMask = s.resegmentShape() ? msk : shapeMask;
                shapeBox = s.resegmentShape() || s.mode() == ComplianceMode.PYRADIOMICS ? box : shapeBox;
            }
            shape(shapeMask, shapeBox);
            intensities(box);
            return new RadiomicsResult(diag, features, warnings(selection, features, notes));
        }

        /** Image/mask provenance as loaded; remembers the label's box when the mask will be used unchanged. */
        private void originalDiagnostics() {
            Diagnostics.image(diag, "original", img);
            boolean sameGrid = img.geometry().sameGrid(msk.geometry(), s.geometryTolerance() == null
                ? Geometry.DEFAULT_TOLERANCE : s.geometryTolerance());
            BoundingBox original = BoundingBox.of(msk, s.label());
            Diagnostics.mask(diag, "original", img, msk, s.label(), original);
            if (sameGrid && !s.normalize() && !s.resamples() && !s.preCrop() && original != null) {
                knownBox = original;
            }
        }

        /** Normalisation, then resampling or pre-cropping. */
        private void preprocess() {
            if (s.normalize()) {
                OptionalDouble outliers = s.removeOutliers() == null ? OptionalDouble.empty()
                    : OptionalDouble.of(s.removeOutliers());
                img = new ZScoreNormalization(s.normalizeScale(), outliers).apply(img, null, "radiomics input");
            }
            if (s.resamples()) {
                RadiomicsResampling.Result r = new RadiomicsResampling(s.resampledPixelSpacing(),
                    Interpolator.parse(s.interpolator()), s.padDistance(), s.label()).apply(img, msk,
                        "radiomics input");
                img = r.image();
                msk = r.mask();
                if (s.additionalInfo()) {
                    Diagnostics.image(diag, "interpolated", img);
                    Diagnostics.mask(diag, "interpolated", img, msk, s.label());
                }
            } else if (s.preCrop()) {
                MaskCheck.Result pre = check(img, msk, s);
                BoundingBox b = pre.box();
                int[] lo = {b.x(), b.y(), b.z()};
                int[] extent = {b.sizeX(), b.sizeY(), b.sizeZ()};
                int[] lower = new int[3];
                int[] size = new int[3];
                for (int d = 0; d < 3; d++) {
                    lower[d] = Math.max(0, lo[d] - s.padDistance());
                    size[d] = Math.min(img.geometry().size(d), lo[d] + extent[d] + s.padDistance()) - lower[d];
                }
                img = Crop.of(img, lower, size);
                msk = Crop.of(pre.mask(), lower, size);
            }
        }

        private void shape(Volume shapeMask, BoundingBox box) {
            if (selection.enabled(FeatureClass.SHAPE)) {
                Roi shapeRoi = Roi.crop(img, shapeMask, box, s.label(), 0);
                put(features, FeatureClass.SHAPE, Shape.compute(shapeRoi, s.mode(), selection.requested(
                    FeatureClass.SHAPE)));
            }
            if (selection.enabled(FeatureClass.SHAPE2D)) {
                shape2D(img, shapeMask, box, s, selection, features, notes);
            }
        }

        /** First-order and texture classes on the ROI cropped without padding, discretised once. */
        private void intensities(BoundingBox box) {
            DiscretisedRoi binned = null;
            for (FeatureClass c : FeatureClass.values()) {
                if (c.isShape() || !selection.enabled(c)) {
                    continue;
                }
                if (binned == null) {
                    binned = DiscretisedRoi.of(Roi.crop(img, msk, box, s.label(), 0), s.binWidth(), s.binCount(),
                        s.mode());
                }
                put(features, c, intensity(c, binned, s, selection.requested(c)));
            }
        }
    }

    /**
     * shape2D as PyRadiomics' extractor gates it: only with force2D, skipped (with a warning) when the box's extent
     * along force2Ddimension read in (x, y, z) order is 1 — PyRadiomics indexes its x, y, z box with the z, y, x
     * dimension here — and an error when the ROI spans more than one slice along force2Ddimension.
     */
    private static void shape2D(Volume img, Volume mask, BoundingBox box, RadiomicsSettings s,
        FeatureSelection selection, Map<String, Double> features, List<String> notes) {
        int[] extentXyz = {box.sizeX(), box.sizeY(), box.sizeZ()};
        if (!s.force2D()) {
            notes.add("shape2D needs force2D; not computed");
        } else if (extentXyz[s.force2Ddimension()] <= 1) {
            notes.add("shape2D not computed: PyRadiomics skips it when the ROI box extent " + extentXyz[s
                .force2Ddimension()] + " along (x, y, z) axis " + s.force2Ddimension() + " is not above 1");
        } else {
            Roi roi = Roi.crop(img, mask, box, s.label(), 0);
            put(features, FeatureClass.SHAPE2D, Shape2D.compute(roi, s.force2Ddimension(), selection.requested(
                FeatureClass.SHAPE2D)));
        }
    }

    private static List<String> warnings(FeatureSelection selection, Map<String, Double> features,
        List<String> notes) {
        List<String> out = new ArrayList<>(notes);
        for (FeatureClass c : FeatureClass.values()) {
            if (!selection.enabled(c)) {
                continue;
            }
            for (String n : c.table().resolve(selection.requested(c))) {
                if (!c.table().computable(n)) {
                    out.add(c.key() + " " + n + " was removed by PyRadiomics (" + c.table().removedNote(n)
                        + "); no value");
                }
            }
        }
        features.forEach((name, v) -> {
            if (v.isNaN()) {
                out.add(name + " is NaN");
            }
        });
        return out;
    }

    /** Shape features alone, for a mask shared by several sequences (computed once per mask, as the study did). */
    public static Map<String, Double> shape(Volume image, Volume mask, RadiomicsSettings s, List<String> names) {
        RadiomicsResult r = extract(image, mask, s, FeatureSelection.fromMap(Map.of("shape", names == null ? List.of()
            : names)));
        return r.features();
    }

    private static Map<String, Double> intensity(FeatureClass c, DiscretisedRoi roi, RadiomicsSettings s,
        List<String> names) {
        return switch (c) {
            case FIRSTORDER -> FirstOrder.compute(roi, s.voxelArrayShift(), s.mode(), names);
            case GLCM -> GrayLevelCooccurrenceMatrix.compute(roi, s, names);
            case GLDM -> GrayLevelDependenceMatrix.compute(roi, s, names);
            case GLRLM -> GrayLevelRunLengthMatrix.compute(roi, s, names);
            case GLSZM -> GrayLevelSizeZoneMatrix.compute(roi, s, names);
            case NGTDM -> NeighbouringGrayToneDifferenceMatrix.compute(roi, s, names);
            case SHAPE, SHAPE2D -> throw new IllegalArgumentException(c.key() + " is not an intensity class");
        };
    }

    private static MaskCheck.Result check(Volume image, Volume mask, RadiomicsSettings s) {
        return MaskCheck.check(image, mask, s.label(), s.minimumROIDimensions(), s.minimumROISize(), s.correctMask(),
            s.geometryTolerance());
    }

    private static void put(Map<String, Double> out, FeatureClass c, Map<String, Double> values) {
        values.forEach((name, v) -> out.put("original_" + c.key() + "_" + name, v));
    }
}
