package org.nacrad.knime.learn.combat;

import java.util.List;
import java.util.Locale;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.nacrad.knime.util.SettingsGroup;
import org.nacrad.learn.combat.UnseenBatchPolicy;

/** Settings of ComBat Apply; keys are a persistent contract. */
final class ComBatApplySettings extends SettingsGroup {

    /** {@code error} (default) or {@code pass_through} (rows of unseen batches unchanged, with a warning). */
    final SettingsModelString unseenBatch = new SettingsModelString("unseen_batch", "error");

    @Override
    protected List<SettingsModel> models() {
        return List.of(unseenBatch);
    }

    @Override
    protected void check(NodeSettingsRO s) throws InvalidSettingsException {
        parse(unseenBatch.<SettingsModelString> createCloneWithValidatedValue(s).getStringValue());
    }

    UnseenBatchPolicy policy() throws InvalidSettingsException {
        return parse(unseenBatch.getStringValue());
    }

    private static UnseenBatchPolicy parse(String v) throws InvalidSettingsException {
        return switch (v.trim().toLowerCase(Locale.ROOT)) {
            case "error" -> UnseenBatchPolicy.ERROR;
            case "pass_through" -> UnseenBatchPolicy.PASS_THROUGH;
            default -> throw new InvalidSettingsException("Unseen batch: '" + v + "' is not one of error, "
                + "pass_through.");
        };
    }
}
