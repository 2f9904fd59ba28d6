/*
 * NACRad replica of the KNIME 5.3 API (org.knime.core 5.3). GPL-3.0-or-later. Compile/test only, never shipped.
 */
package org.knime.core.node.config;

import java.util.Iterator;

import javax.swing.tree.TreeNode;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.config.base.ConfigBaseRO;

public interface ConfigRO extends ConfigBaseRO, TreeNode, Iterable<String> {
    Config getConfig(String key) throws InvalidSettingsException;

    @Override
    Iterator<String> iterator();
}
