package org.nacrad.learn;

import java.util.List;

/**
 * An ordered list of selected feature names (mRMR, RFE, ...): applying it keeps exactly those columns, in this
 * order, and fails naming any that the table lacks.
 */
public final class FeatureSelection implements FeatureTransformer {

    static final String TYPE = "nacrad.feature-selection";

    private final String method;
    private final List<String> selected;

    /** {@code method} says how the features were chosen (shown to users, stored with the model). */
    public FeatureSelection(String method, List<String> selected) {
        if (selected.stream().distinct().count() != selected.size()) {
            throw new IllegalArgumentException("a feature selection lists a feature twice: " + selected);
        }
        this.method = method;
        this.selected = List.copyOf(selected);
    }

    public String method() {
        return method;
    }

    /** Selected features in selection order. */
    public List<String> selected() {
        return selected;
    }

    @Override
    public FeatureMatrix transform(FeatureMatrix input) {
        return input.selectColumns(selected);
    }

    @Override
    public ModelState toState() {
        return new ModelState(TYPE, 1).put("method", method).put("selected", selected);
    }

    public static FeatureSelection fromState(ModelState s) {
        s.require(TYPE, 1);
        return new FeatureSelection(s.getString("method"), s.getStrings("selected"));
    }
}
