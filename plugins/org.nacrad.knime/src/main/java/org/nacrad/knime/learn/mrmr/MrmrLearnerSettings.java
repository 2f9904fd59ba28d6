package org.nacrad.knime.learn.mrmr;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.nacrad.knime.learn.table.MissingValueOption;
import org.nacrad.knime.util.SettingsGroup;
import org.nacrad.learn.mrmr.FeatureCount;
import org.nacrad.learn.mrmr.Mrmr;

/** Settings of the mRMR Learner (mrmr-selection's mrmr_classif parameters); keys are a persistent contract. */
final class MrmrLearnerSettings extends SettingsGroup {

    final SettingsModelString targetColumn = new SettingsModelString("target_column", "");
    final SettingsModelString positiveClass = new SettingsModelString("positive_class", "");
    /** Candidate features; empty = all numeric columns except target, always-keep and excluded ones. */
    final SettingsModelString candidateColumns = new SettingsModelString("candidate_columns", "");
    /** {@code ;}-separated groups selected separately (e.g. {@code mri_*;ct_*}); empty = one group. */
    final SettingsModelString columnGroups = new SettingsModelString("column_groups", "");
    final SettingsModelString excludeColumns = new SettingsModelString("exclude_columns", "");
    final SettingsModelString alwaysKeep = new SettingsModelString("always_keep", "");
    /** K as a number; 0 = use the fraction of rows. */
    final SettingsModelIntegerBounded k = new SettingsModelIntegerBounded("k", 0, 0, Integer.MAX_VALUE);
    final SettingsModelDoubleBounded kFraction = new SettingsModelDoubleBounded("k_fraction", 0.1, 0, 1);
    final SettingsModelString relevance = new SettingsModelString("relevance", "f_statistic");
    final SettingsModelString redundancy = new SettingsModelString("redundancy", "pearson");
    final SettingsModelString scheme = new SettingsModelString("scheme", "quotient");
    final SettingsModelString denominator = new SettingsModelString("denominator", "mean");
    final SettingsModelIntegerBounded bins = new SettingsModelIntegerBounded("bins", 10, 2, 1000);
    final SettingsModelString missingValues = MissingValueOption.model();

    @Override
    protected List<SettingsModel> models() {
        return List.of(targetColumn, positiveClass, candidateColumns, columnGroups, excludeColumns, alwaysKeep, k,
            kFraction, relevance, redundancy, scheme, denominator, bins, missingValues);
    }

    @Override
    protected void check(NodeSettingsRO s) throws InvalidSettingsException {
        MrmrLearnerSettings c = new MrmrLearnerSettings();
        c.load(s);
        c.mrmr();
        MissingValueOption.parse(c.missingValues.getStringValue());
    }

    Mrmr mrmr() throws InvalidSettingsException {
        int count = k.getIntValue();
        double fraction = kFraction.getDoubleValue();
        if (count == 0 && !(fraction > 0)) {
            throw new InvalidSettingsException("K: give a number of features or a fraction of rows above 0.");
        }
        FeatureCount kk = count > 0 ? FeatureCount.of(count) : FeatureCount.fractionOfRows(fraction);
        return new Mrmr(parse(Mrmr.Relevance.class, relevance, "Relevance"),
            parse(Mrmr.Redundancy.class, redundancy, "Redundancy"), parse(Mrmr.Scheme.class, scheme, "Scheme"),
            parse(Mrmr.Denominator.class, denominator, "Denominator"), kk, bins.getIntValue());
    }

    private static <E extends Enum<E>> E parse(Class<E> type, SettingsModelString m, String what)
        throws InvalidSettingsException {
        try {
            return Enum.valueOf(type, m.getStringValue().trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException(what + ": '" + m.getStringValue() + "' is not one of "
                + Arrays.stream(type.getEnumConstants()).map(v -> v.name().toLowerCase(Locale.ROOT))
                    .toList() + ".");
        }
    }
}
