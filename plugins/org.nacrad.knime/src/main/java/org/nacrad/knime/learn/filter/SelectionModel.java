package org.nacrad.knime.learn.filter;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataTableSpec;
import org.knime.core.node.InvalidSettingsException;
import org.nacrad.knime.learn.port.LearnModelPortObject;
import org.nacrad.knime.learn.port.LearnModelPortObjectSpec;
import org.nacrad.learn.FeatureSelection;
import org.nacrad.learn.ModelState;

/**
 * A feature selection (mRMR, RFE) together with the candidate columns it chose from. Filtering a table drops the
 * candidates that were not selected and keeps every other column (ids, outcome, batch, ...), so one model filters
 * training and held-out tables alike.
 */
public record SelectionModel(FeatureSelection selection, List<String> candidates) {

    public static final String KIND = "Feature Selection";
    private static final String TYPE = "nacrad.knime.selection";

    public LearnModelPortObjectSpec spec() {
        return new LearnModelPortObjectSpec(KIND, selection.selected(), List.of());
    }

    public LearnModelPortObject port() {
        ModelState s = new ModelState(TYPE, 1).put("selection", selection.toState()).put("candidates", candidates);
        return new LearnModelPortObject(spec(), s);
    }

    public static SelectionModel of(LearnModelPortObject port) {
        ModelState s = port.state().require(TYPE, 1);
        return new SelectionModel(FeatureSelection.fromState(s.getState("selection")), s.getStrings("candidates"));
    }

    /** The columns of {@code spec} that survive: all but the unselected candidates; fails if a selected is absent. */
    public static List<String> kept(DataTableSpec spec, List<String> selected, List<String> candidates)
        throws InvalidSettingsException {
        List<String> missing = selected.stream().filter(c -> !spec.containsName(c)).toList();
        if (!missing.isEmpty()) {
            throw new InvalidSettingsException("The table lacks selected feature column(s) " + missing + ".");
        }
        Set<String> dropped = new HashSet<>(candidates);
        dropped.removeAll(selected);
        List<String> out = new ArrayList<>();
        for (DataColumnSpec c : spec) {
            if (!dropped.contains(c.getName())) {
                out.add(c.getName());
            }
        }
        return out;
    }
}
