/*
 * NACRad replica of the KNIME 5.3 API (org.knime.core 5.3). GPL-3.0-or-later. Compile/test only, never shipped.
 */
package org.knime.core.node;

import org.knime.core.node.config.ConfigWO;

public interface ModelContentWO extends ConfigWO {
    ModelContentWO addModelContent(String key);

    void addModelContent(ModelContent modelContent);
}
