package org.nacrad.knime.learn.table;

import java.util.Locale;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.nacrad.learn.MissingValuePolicy;

/** The "missing_values" setting of learner nodes: {@code error} (default) or {@code drop_rows} while fitting. */
public final class MissingValueOption {

    public static final String KEY = "missing_values";

    private MissingValueOption() {
    }

    public static SettingsModelString model() {
        return new SettingsModelString(KEY, "error");
    }

    public static MissingValuePolicy parse(String value) throws InvalidSettingsException {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "error" -> MissingValuePolicy.ERROR;
            case "drop_rows" -> MissingValuePolicy.DROP_ROWS;
            default -> throw new InvalidSettingsException("Missing values: '" + value
                + "' is not one of error, drop_rows.");
        };
    }
}
