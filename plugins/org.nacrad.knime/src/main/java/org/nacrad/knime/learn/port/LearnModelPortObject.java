package org.nacrad.knime.learn.port;

import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.ModelContentRO;
import org.knime.core.node.ModelContentWO;
import org.knime.core.node.port.AbstractSimplePortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.knime.core.node.port.PortTypeRegistry;
import org.nacrad.learn.ModelState;
import org.nacrad.learn.io.ModelStateJson;

/**
 * A fitted NACRad model (ComBat, robust scaler, feature selection, XGBoost, ...) travelling from a learner to its
 * apply node. The fitted state is the core bundle's {@link ModelState}, stored as its JSON text so that model
 * ports and CLI model files hold exactly what the learner fitted.
 */
public final class LearnModelPortObject extends AbstractSimplePortObject {

    public static final PortType TYPE = PortTypeRegistry.getInstance().getPortType(LearnModelPortObject.class);

    public static final PortType TYPE_OPTIONAL =
        PortTypeRegistry.getInstance().getPortType(LearnModelPortObject.class, true);

    /** Serializer KNIME instantiates reflectively. */
    public static final class Serializer extends AbstractSimplePortObjectSerializer<LearnModelPortObject> {
    }

    private LearnModelPortObjectSpec spec;
    private ModelState state;

    /** For KNIME's serializer; filled by {@link #load}. */
    public LearnModelPortObject() {
    }

    public LearnModelPortObject(LearnModelPortObjectSpec spec, ModelState state) {
        this.spec = spec;
        this.state = state;
    }

    public ModelState state() {
        return state;
    }

    @Override
    public LearnModelPortObjectSpec getSpec() {
        return spec;
    }

    @Override
    public String getSummary() {
        return spec.kind() + " model on " + spec.features().size() + " features";
    }

    @Override
    protected void save(ModelContentWO model, ExecutionMonitor exec) throws CanceledExecutionException {
        model.addString("state_json", ModelStateJson.write(state));
    }

    @Override
    protected void load(ModelContentRO model, PortObjectSpec loadedSpec, ExecutionMonitor exec)
        throws InvalidSettingsException, CanceledExecutionException {
        spec = (LearnModelPortObjectSpec) loadedSpec;
        try {
            state = ModelStateJson.read(model.getString("state_json"), "model port");
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException("Corrupt NACRad model: " + e.getMessage(), e);
        }
    }
}
