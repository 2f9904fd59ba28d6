package org.nacrad.knime.learn.combat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.nacrad.knime.learn.node.LearnNodeModel;
import org.nacrad.knime.learn.port.LearnModelPortObject;
import org.nacrad.knime.learn.table.ColumnPatterns;
import org.nacrad.knime.learn.table.FeatureTables;
import org.nacrad.knime.learn.table.MissingValueOption;
import org.nacrad.learn.FeatureMatrix;
import org.nacrad.learn.MissingValues;
import org.nacrad.learn.combat.ComBatByGroup;
import org.nacrad.learn.combat.ComBatCovariates;
import org.nacrad.learn.combat.ComBatResult;
import org.nacrad.learn.combat.UnseenBatchPolicy;

/** Fits ComBat per column group on the input (training) rows; outputs them harmonised and the model. */
final class ComBatLearnerNodeModel extends LearnNodeModel<ComBatLearnerSettings> {

    ComBatLearnerNodeModel() {
        super(new ComBatLearnerSettings(), new PortType[] {BufferedDataTable.TYPE},
            new PortType[] {BufferedDataTable.TYPE, LearnModelPortObject.TYPE});
    }

    private List<String> categorical() {
        return ColumnPatterns.list(settings.categoricalCovariates.getStringValue());
    }

    private List<String> continuous() {
        return ColumnPatterns.list(settings.continuousCovariates.getStringValue());
    }

    private List<List<String>> groups(DataTableSpec spec) throws InvalidSettingsException {
        String batch = settings.batchColumn.getStringValue();
        if (batch.isBlank()) {
            throw new InvalidSettingsException("Choose the batch column (e.g. the scanner).");
        }
        ColumnPatterns.requirePresent(List.of(batch), spec, "Batch column");
        ColumnPatterns.requirePresent(categorical(), spec, "Categorical covariates");
        ColumnPatterns.requireNumeric(continuous(), spec, "Continuous covariates");
        Set<String> excluded = new HashSet<>(ColumnPatterns.list(settings.excludeColumns.getStringValue()));
        excluded.add(batch);
        excluded.addAll(categorical());
        excluded.addAll(continuous());
        return ColumnPatterns.groups(settings.columnGroups.getStringValue(), spec, excluded, "ComBat columns");
    }

    @Override
    protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        DataTableSpec spec = (DataTableSpec) inSpecs[0];
        List<String> features = groups(spec).stream().flatMap(List::stream).toList();
        return new PortObjectSpec[] {FeatureTables.asDoubles(spec, features),
            ComBatModel.spec(features, settings.batchColumn.getStringValue(), categorical(), continuous())};
    }

    @Override
    protected PortObject[] run(PortObject[] in, ExecutionContext exec) throws Exception {
        BufferedDataTable table = (BufferedDataTable) in[0];
        List<List<String>> groups = groups(table.getDataTableSpec());
        List<String> features = groups.stream().flatMap(List::stream).toList();
        exec.setProgress(0.05, "reading " + features.size() + " features");
        FeatureMatrix x = FeatureTables.matrix(table, features);
        List<String> batches = ComBatModel.batches(table, settings.batchColumn.getStringValue());
        ComBatCovariates cov = ComBatModel.covariates(table, categorical(), continuous());
        int[] rows = MissingValues.rowsToUse(x, MissingValueOption.parse(settings.missingValues.getStringValue()),
            "Training table");
        exec.checkCanceled();
        exec.setProgress(0.2, "fitting ComBat on " + rows.length + " rows, " + groups.size() + " group(s)");
        ComBatByGroup fitted = ComBatByGroup.fit(settings.comBat(), x.selectRows(rows), groups,
            Arrays.stream(rows).mapToObj(batches::get).toList(), cov.subset(rows));
        exec.checkCanceled();
        exec.setProgress(0.8, "harmonising the training rows");
        ComBatResult result = fitted.transform(x, batches, cov, UnseenBatchPolicy.ERROR);
        List<String> warnings = new ArrayList<>(fitted.fitWarnings());
        warnings.addAll(result.warnings());
        if (!warnings.isEmpty()) {
            setWarningMessage(String.join("\n", warnings));
        }
        ComBatModel model = new ComBatModel(fitted, settings.batchColumn.getStringValue(), categorical(),
            continuous());
        return new PortObject[] {FeatureTables.replace(table, result.data(), exec), model.port()};
    }
}
