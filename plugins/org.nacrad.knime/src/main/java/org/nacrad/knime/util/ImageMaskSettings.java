package org.nacrad.knime.util;

import org.knime.core.node.defaultnodesettings.SettingsModelString;

/** Settings of nodes that transform image columns, optionally guided by one mask column. */
public abstract class ImageMaskSettings extends SettingsGroup {

    /** Comma-separated image path columns; empty = every string column ending in _image. */
    public final SettingsModelString imageColumns = new SettingsModelString("image_columns", "");
    /** Optional mask path column; empty = none. */
    public final SettingsModelString maskColumn = new SettingsModelString("mask_column", "");
}
