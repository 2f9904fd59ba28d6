/*
 * NACRad replica of the KNIME 5.3 API (org.knime.core 5.3). GPL-3.0-or-later. Compile/test only, never shipped.
 */
package org.knime.core.node.defaultnodesettings;

/** Base of numeric settings models (used by DialogComponentNumber). */
public abstract class SettingsModelNumber extends SettingsModel {
}
