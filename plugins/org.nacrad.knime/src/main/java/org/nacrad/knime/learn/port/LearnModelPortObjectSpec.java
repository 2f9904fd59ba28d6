package org.nacrad.knime.learn.port;

import java.util.Arrays;
import java.util.List;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.ModelContentRO;
import org.knime.core.node.ModelContentWO;
import org.knime.core.node.port.AbstractSimplePortObjectSpec;
import org.knime.core.node.port.PortObjectSpec;

/**
 * What a NACRad model is, known before execution: its kind (e.g. "ComBat", "Feature Selection", "XGBoost"), the
 * feature columns it reads or selects, and the other columns applying it needs (batch, covariates).
 */
public final class LearnModelPortObjectSpec extends AbstractSimplePortObjectSpec {

    /** Serializer KNIME instantiates reflectively. */
    public static final class Serializer extends AbstractSimplePortObjectSpecSerializer<LearnModelPortObjectSpec> {
    }

    private String kind = "";
    private List<String> features = List.of();
    private List<String> requiredColumns = List.of();

    /** For KNIME's serializer; filled by {@link #load}. */
    public LearnModelPortObjectSpec() {
    }

    public LearnModelPortObjectSpec(String kind, List<String> features, List<String> requiredColumns) {
        this.kind = kind;
        this.features = List.copyOf(features);
        this.requiredColumns = List.copyOf(requiredColumns);
    }

    public String kind() {
        return kind;
    }

    /** Feature columns in model order (for a selection model: the selected ones). */
    public List<String> features() {
        return features;
    }

    /** Non-feature columns the apply node reads (batch and covariate columns for ComBat). */
    public List<String> requiredColumns() {
        return requiredColumns;
    }

    /** The spec at a model input port, checked to be of {@code expectedKind}; null while unconnected. */
    public static LearnModelPortObjectSpec require(PortObjectSpec spec, String expectedKind)
        throws InvalidSettingsException {
        if (spec == null) {
            return null;
        }
        LearnModelPortObjectSpec m = (LearnModelPortObjectSpec) spec;
        if (!m.kind().equals(expectedKind)) {
            throw new InvalidSettingsException("The model input holds a " + m.kind() + " model; this node needs a "
                + expectedKind + " model.");
        }
        return m;
    }

    @Override
    protected void save(ModelContentWO model) {
        model.addString("kind", kind);
        model.addStringArray("features", features.toArray(String[]::new));
        model.addStringArray("required_columns", requiredColumns.toArray(String[]::new));
    }

    @Override
    protected void load(ModelContentRO model) throws InvalidSettingsException {
        kind = model.getString("kind");
        features = List.copyOf(Arrays.asList(model.getStringArray("features")));
        requiredColumns = List.copyOf(Arrays.asList(model.getStringArray("required_columns")));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LearnModelPortObjectSpec s && s.kind.equals(kind) && s.features.equals(features)
            && s.requiredColumns.equals(requiredColumns);
    }

    @Override
    public int hashCode() {
        return kind.hashCode() * 31 + features.hashCode();
    }
}
