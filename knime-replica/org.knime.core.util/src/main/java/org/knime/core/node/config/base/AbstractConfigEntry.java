/*
 * NACRad replica of the KNIME 5.3 API (org.knime.core.util 6.3). GPL-3.0-or-later. Compile/test only, never shipped.
 */
package org.knime.core.node.config.base;

import java.io.Serializable;
import java.util.Collections;
import java.util.Enumeration;

import javax.swing.tree.TreeNode;

/** A keyed node of a settings tree: a leaf value or a sub-config. */
public abstract class AbstractConfigEntry implements Serializable, TreeNode {

    private static final long serialVersionUID = 1L;

    private String m_key;

    private final ConfigEntries m_type;

    private AbstractConfigEntry m_parent;

    AbstractConfigEntry(final ConfigEntries type, final String key) {
        if (key == null) {
            throw new IllegalArgumentException("Config entry key must not be null");
        }
        m_type = type;
        m_key = key;
    }

    public final String getKey() {
        return m_key;
    }

    void setKey(final String key) {
        m_key = key;
    }

    public final ConfigEntries getType() {
        return m_type;
    }

    /** @return the value as written to XML, null for a null value */
    public abstract String toStringValue();

    public final void setParent(final AbstractConfigEntry parent) {
        m_parent = parent;
    }

    @Override
    public final TreeNode getParent() {
        return m_parent;
    }

    @Override
    public final boolean getAllowsChildren() {
        return m_type == ConfigEntries.config;
    }

    @Override
    public boolean isLeaf() {
        return true;
    }

    @Override
    public int getChildCount() {
        return 0;
    }

    @Override
    public int getIndex(final TreeNode node) {
        return -1;
    }

    @Override
    public TreeNode getChildAt(final int childIndex) {
        throw new IndexOutOfBoundsException(childIndex);
    }

    @Override
    public Enumeration<TreeNode> children() {
        return Collections.emptyEnumeration();
    }

    @Override
    public String toString() {
        return m_key + "->" + toStringValue();
    }
}
