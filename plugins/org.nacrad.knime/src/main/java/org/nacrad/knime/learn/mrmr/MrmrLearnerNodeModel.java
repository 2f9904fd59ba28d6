package org.nacrad.knime.learn.mrmr;

import java.util.ArrayList;
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
import org.nacrad.knime.learn.filter.SelectionModel;
import org.nacrad.knime.learn.node.LearnNodeModel;
import org.nacrad.knime.learn.port.LearnModelPortObject;
import org.nacrad.knime.learn.table.ColumnPatterns;
import org.nacrad.knime.learn.table.FeatureTables;
import org.nacrad.knime.learn.table.MissingValueOption;
import org.nacrad.knime.learn.table.TargetLabels;
import org.nacrad.learn.FeatureMatrix;
import org.nacrad.learn.FeatureSelection;
import org.nacrad.learn.MissingValues;

/** Selects K features per column group by mRMR on the training rows; outputs the filtered table and the model. */
final class MrmrLearnerNodeModel extends LearnNodeModel<MrmrLearnerSettings> {

    MrmrLearnerNodeModel() {
        super(new MrmrLearnerSettings(), new PortType[] {BufferedDataTable.TYPE},
            new PortType[] {BufferedDataTable.TYPE, LearnModelPortObject.TYPE});
    }

    private List<String> alwaysKeep() {
        return ColumnPatterns.list(settings.alwaysKeep.getStringValue());
    }

    /** The candidate groups; without explicit groups, the candidate pattern is the one group. */
    private List<List<String>> groups(DataTableSpec spec) throws InvalidSettingsException {
        String target = settings.targetColumn.getStringValue();
        if (target.isBlank()) {
            throw new InvalidSettingsException("Choose the target column.");
        }
        ColumnPatterns.requirePresent(List.of(target), spec, "Target column");
        ColumnPatterns.requireNumeric(alwaysKeep(), spec, "Always-keep columns");
        Set<String> excluded = new HashSet<>(ColumnPatterns.list(settings.excludeColumns.getStringValue()));
        excluded.add(target);
        excluded.addAll(alwaysKeep());
        if (!settings.columnGroups.getStringValue().isBlank()) {
            return ColumnPatterns.groups(settings.columnGroups.getStringValue(), spec, excluded, "mRMR columns");
        }
        return List.of(ColumnPatterns.numeric(settings.candidateColumns.getStringValue(), spec, excluded,
            "mRMR candidates"));
    }

    @Override
    protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        groups((DataTableSpec) inSpecs[0]);
        settings.mrmr();
        return new PortObjectSpec[] {null, null};
    }

    @Override
    protected PortObject[] run(PortObject[] in, ExecutionContext exec) throws Exception {
        BufferedDataTable table = (BufferedDataTable) in[0];
        List<List<String>> groups = groups(table.getDataTableSpec());
        List<String> candidates = new ArrayList<>(alwaysKeep());
        groups.forEach(candidates::addAll);
        exec.setProgress(0.05, "reading " + candidates.size() + " columns");
        FeatureMatrix x = FeatureTables.matrix(table, candidates);
        TargetLabels y = TargetLabels.of(table, settings.targetColumn.getStringValue(),
            settings.positiveClass.getStringValue());
        int[] rows = MissingValues.rowsToUse(x, MissingValueOption.parse(settings.missingValues.getStringValue()),
            "Training table");
        exec.checkCanceled();
        exec.setProgress(0.2, "ranking " + (candidates.size() - alwaysKeep().size()) + " features on " + rows.length
            + " rows");
        FeatureSelection selection = settings.mrmr().fit(x.selectRows(rows), y.labels().subset(rows), groups,
            alwaysKeep());
        exec.checkCanceled();
        SelectionModel model = new SelectionModel(selection, candidates);
        List<String> kept = SelectionModel.kept(table.getDataTableSpec(), selection.selected(), candidates);
        return new PortObject[] {FeatureTables.select(table, kept, exec), model.port()};
    }
}
