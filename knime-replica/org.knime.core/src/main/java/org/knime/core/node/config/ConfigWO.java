/*
 * NACRad replica of the KNIME 5.3 API (org.knime.core 5.3). GPL-3.0-or-later. Compile/test only, never shipped.
 */
package org.knime.core.node.config;

import org.knime.core.node.config.base.ConfigBaseWO;

public interface ConfigWO extends ConfigBaseWO {
    Config addConfig(String key);
}
