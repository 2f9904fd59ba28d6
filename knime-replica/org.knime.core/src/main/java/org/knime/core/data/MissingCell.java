/*
 * NACRad replica of the KNIME 5.3 API (org.knime.core 5.3). GPL-3.0-or-later. Compile/test only, never shipped.
 */
package org.knime.core.data;

/** The missing value; KNIME prints it as "?". */
final class MissingCell extends DataCell {

    private static final long serialVersionUID = 1L;

    static final MissingCell INSTANCE = new MissingCell();

    private MissingCell() {
    }

    @Override
    public boolean isMissing() {
        return true;
    }

    @Override
    public String toString() {
        return "?";
    }

    @Override
    protected boolean equalsDataCell(final DataCell dc) {
        return true;
    }

    @Override
    public int hashCode() {
        return 0;
    }
}
