package org.nacrad.knime.learn.combat;

import java.util.ArrayList;
import java.util.List;

import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.InvalidSettingsException;
import org.nacrad.knime.learn.port.LearnModelPortObject;
import org.nacrad.knime.learn.port.LearnModelPortObjectSpec;
import org.nacrad.knime.learn.table.FeatureTables;
import org.nacrad.learn.ModelState;
import org.nacrad.learn.combat.ComBatByGroup;
import org.nacrad.learn.combat.ComBatCovariates;
import org.nacrad.learn.combat.FittedComBat;

/**
 * A fitted per-group ComBat model plus the table columns it reads: the batch column and the covariates whose
 * effect it preserves (new rows use their own covariate values).
 */
record ComBatModel(ComBatByGroup model, String batchColumn, List<String> categorical, List<String> continuous) {

    static final String KIND = "ComBat";
    private static final String TYPE = "nacrad.knime.combat";

    List<String> features() {
        List<String> out = new ArrayList<>();
        for (FittedComBat m : model.models()) {
            out.addAll(m.features());
        }
        return out;
    }

    /** The model's spec: features plus the batch and covariate columns applying it reads. */
    static LearnModelPortObjectSpec spec(List<String> features, String batchColumn, List<String> categorical,
        List<String> continuous) {
        List<String> required = new ArrayList<>(List.of(batchColumn));
        required.addAll(categorical);
        required.addAll(continuous);
        return new LearnModelPortObjectSpec(KIND, features, required);
    }

    LearnModelPortObjectSpec spec() {
        return spec(features(), batchColumn, categorical, continuous);
    }

    LearnModelPortObject port() {
        ModelState s = new ModelState(TYPE, 1).put("batch_column", batchColumn).put("categorical", categorical)
            .put("continuous", continuous).put("model", model.toState());
        return new LearnModelPortObject(spec(), s);
    }

    static ComBatModel of(LearnModelPortObject port) {
        ModelState s = port.state().require(TYPE, 1);
        return new ComBatModel(ComBatByGroup.fromState(s.getState("model")), s.getString("batch_column"),
            s.getStrings("categorical"), s.getStrings("continuous"));
    }

    /** The batch label per row; a missing batch is an error naming the rows. */
    static List<String> batches(BufferedDataTable table, String batchColumn) throws InvalidSettingsException {
        List<String> b = FeatureTables.strings(table, batchColumn);
        List<String> missing = new ArrayList<>();
        int r = 0;
        for (var row : table) {
            if (b.get(r++) == null) {
                missing.add(row.getKey().getString());
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidSettingsException("Batch column '" + batchColumn + "' is missing in row(s) "
                + String.join(", ", missing) + ".");
        }
        return b;
    }

    static ComBatCovariates covariates(BufferedDataTable table, List<String> categorical, List<String> continuous)
        throws InvalidSettingsException {
        ComBatCovariates c = new ComBatCovariates(table.getRowCount());
        for (String name : categorical) {
            c.addCategorical(name, FeatureTables.strings(table, name));
        }
        for (String name : continuous) {
            c.addContinuous(name, FeatureTables.matrix(table, List.of(name)).column(0));
        }
        return c;
    }
}
