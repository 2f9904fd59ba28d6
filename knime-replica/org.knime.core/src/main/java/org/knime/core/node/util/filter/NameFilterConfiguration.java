/*
 * NACRad replica of the KNIME 5.3 API (org.knime.core 5.3). GPL-3.0-or-later. Compile/test only, never shipped.
 */
package org.knime.core.node.util.filter;

import java.util.List;

/** Only the nested {@link FilterResult} is modelled; the configuration itself lives in SettingsModelColumnFilter2. */
public class NameFilterConfiguration implements Cloneable {

    /** Outcome of applying a filter to a list of names. */
    public static class FilterResult {

        private final String[] m_incls;

        private final String[] m_excls;

        private final String[] m_removedFromIncludes;

        private final String[] m_removedFromExcludes;

        public FilterResult(final List<String> incls, final List<String> excls,
            final List<String> removedFromIncludes, final List<String> removedFromExcludes) {
            m_incls = incls.toArray(new String[0]);
            m_excls = excls.toArray(new String[0]);
            m_removedFromIncludes = removedFromIncludes.toArray(new String[0]);
            m_removedFromExcludes = removedFromExcludes.toArray(new String[0]);
        }

        public String[] getRemovedFromIncludes() {
            return m_removedFromIncludes;
        }

        public String[] getRemovedFromExcludes() {
            return m_removedFromExcludes;
        }

        public String[] getIncludes() {
            return m_incls;
        }

        public String[] getExcludes() {
            return m_excls;
        }
    }

    private NameFilterConfiguration() {
    }
}
