/*
 * NACRad replica of the KNIME 5.3 API (org.knime.core.util 6.3). GPL-3.0-or-later. Compile/test only, never shipped.
 */
package org.knime.core.node.config.base;

/** A leaf entry; values are kept in their XML string form, exactly as KNIME writes them. */
final class ValueEntry extends AbstractConfigEntry {

    private static final long serialVersionUID = 1L;

    private final String m_value;

    ValueEntry(final ConfigEntries type, final String key, final String value) {
        super(type, key);
        m_value = value;
    }

    @Override
    public String toStringValue() {
        return m_value;
    }
}
