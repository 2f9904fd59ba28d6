/*
 * NACRad replica of the KNIME 5.3 API (org.knime.core 5.3). GPL-3.0-or-later. Compile/test only, never shipped.
 */
package org.knime.core.node.defaultnodesettings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataValue;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.util.filter.NameFilterConfiguration.FilterResult;

/**
 * Column include/exclude filter, persisted with the keys of KNIME's DataColumnSpecFilterConfiguration
 * (filter-type, included_names, excluded_names, enforce_option, name_pattern{...}, datatype{typelist}).
 * The replica applies the "STANDARD" and "name_pattern" filter types; "datatype" filtering is not modelled.
 */
public final class SettingsModelColumnFilter2 extends SettingsModel {

    private static final String STANDARD = "STANDARD";

    private static final String NAME_PATTERN = "name_pattern";

    private static final String ENFORCE_EXCLUSION = "EnforceExclusion";

    private static final String ENFORCE_INCLUSION = "EnforceInclusion";

    private final String m_configName;

    private final Class<? extends DataValue>[] m_allowedTypes;

    private String m_type = STANDARD;

    private String[] m_includes = new String[0];

    private String[] m_excludes = new String[0];

    private String m_enforceOption = ENFORCE_EXCLUSION;

    private String m_pattern = "";

    private String m_patternType = "Wildcard";

    private boolean m_caseSensitive = true;

    private boolean m_excludeMatching;

    private final Map<String, Boolean> m_typeList = new LinkedHashMap<>();

    public SettingsModelColumnFilter2(final String configName) {
        this(configName, new Class[0]);
    }

    @SafeVarargs
    public SettingsModelColumnFilter2(final String configName, final Class<? extends DataValue>... allowedTypes) {
        if (configName == null || configName.isEmpty()) {
            throw new IllegalArgumentException("The configName must be a non-empty string");
        }
        m_configName = configName;
        m_allowedTypes = allowedTypes.clone();
    }

    @Override
    protected SettingsModelColumnFilter2 createClone() {
        SettingsModelColumnFilter2 c = new SettingsModelColumnFilter2(m_configName, m_allowedTypes);
        c.m_type = m_type;
        c.m_includes = m_includes.clone();
        c.m_excludes = m_excludes.clone();
        c.m_enforceOption = m_enforceOption;
        c.m_pattern = m_pattern;
        c.m_patternType = m_patternType;
        c.m_caseSensitive = m_caseSensitive;
        c.m_excludeMatching = m_excludeMatching;
        c.m_typeList.putAll(m_typeList);
        return c;
    }

    @Override
    protected String getModelTypeID() {
        return "SMID_columnfilter";
    }

    @Override
    protected String getConfigName() {
        return m_configName;
    }

    /** Includes all columns of the allowed types. */
    public void loadDefaults(final DataTableSpec spec) {
        m_type = STANDARD;
        m_includes = candidates(spec).toArray(new String[0]);
        m_excludes = new String[0];
        m_enforceOption = ENFORCE_EXCLUSION;
        notifyChangeListeners();
    }

    public FilterResult applyTo(final DataTableSpec inSpec) {
        List<String> names = candidates(inSpec);
        List<String> incl = new ArrayList<>();
        List<String> excl = new ArrayList<>();
        if (STANDARD.equals(m_type)) {
            List<String> includes = Arrays.asList(m_includes);
            List<String> excludes = Arrays.asList(m_excludes);
            boolean enforceInclusion = ENFORCE_INCLUSION.equals(m_enforceOption);
            for (String n : names) {
                boolean in = enforceInclusion ? includes.contains(n) : !excludes.contains(n);
                (in ? incl : excl).add(n);
            }
        } else if (NAME_PATTERN.equals(m_type)) {
            Pattern p = compilePattern();
            for (String n : names) {
                boolean in = p.matcher(n).matches() != m_excludeMatching;
                (in ? incl : excl).add(n);
            }
        } else {
            throw new UnsupportedOperationException(
                "Column filter type \"" + m_type + "\" is not supported by the NACRad KNIME replica");
        }
        return new FilterResult(incl, excl, missing(m_includes, inSpec), missing(m_excludes, inSpec));
    }

    private Pattern compilePattern() {
        String regex = m_pattern;
        if ("Wildcard".equals(m_patternType)) {
            StringBuilder b = new StringBuilder();
            for (char c : m_pattern.toCharArray()) {
                b.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
            }
            regex = b.toString();
        }
        return Pattern.compile(regex, m_caseSensitive ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private List<String> candidates(final DataTableSpec spec) {
        List<String> names = new ArrayList<>();
        for (DataColumnSpec c : spec) {
            if (m_allowedTypes.length == 0
                || Arrays.stream(m_allowedTypes).anyMatch(t -> c.getType().isCompatible(t))) {
                names.add(c.getName());
            }
        }
        return names;
    }

    private static List<String> missing(final String[] names, final DataTableSpec spec) {
        return Arrays.stream(names).filter(n -> !spec.containsName(n)).toList();
    }

    @Override
    protected void loadSettingsForDialog(final NodeSettingsRO settings, final PortObjectSpec[] specs)
        throws NotConfigurableException {
        try {
            loadSettingsForModel(settings);
        } catch (InvalidSettingsException e) {
            // keep current configuration, as KNIME's dialog does
        }
    }

    @Override
    protected void saveSettingsForDialog(final NodeSettingsWO settings) throws InvalidSettingsException {
        saveSettingsForModel(settings);
    }

    @Override
    protected void validateSettingsForModel(final NodeSettingsRO settings) throws InvalidSettingsException {
        createClone().loadSettingsForModel(settings);
    }

    @Override
    protected void loadSettingsForModel(final NodeSettingsRO settings) throws InvalidSettingsException {
        NodeSettingsRO sub = settings.getNodeSettings(m_configName);
        String type = sub.getString("filter-type");
        if (type == null || !(type.equals(STANDARD) || type.equals(NAME_PATTERN) || type.equals("datatype"))) {
            throw new InvalidSettingsException("Invalid type: " + type);
        }
        String enforce = sub.getString("enforce_option");
        if (!ENFORCE_EXCLUSION.equals(enforce) && !ENFORCE_INCLUSION.equals(enforce)) {
            throw new InvalidSettingsException("Invalid enforce option: " + enforce);
        }
        String[] includes = sub.getStringArray("included_names");
        String[] excludes = sub.getStringArray("excluded_names");
        if (sub.containsKey(NAME_PATTERN) || NAME_PATTERN.equals(type)) {
            NodeSettingsRO p = sub.getNodeSettings(NAME_PATTERN);
            String pattern = p.getString("pattern");
            if (pattern == null) {
                throw new InvalidSettingsException("Pattern must not be null");
            }
            m_pattern = pattern;
            m_patternType = p.getString("type");
            m_caseSensitive = p.getBoolean("caseSensitive");
            m_excludeMatching = p.getBoolean("excludeMatching", false);
        }
        m_typeList.clear();
        if (sub.containsKey("datatype")) {
            NodeSettingsRO typeList = sub.getNodeSettings("datatype").getNodeSettings("typelist");
            for (String k : typeList) {
                m_typeList.put(k, typeList.getBoolean(k));
            }
        }
        m_type = type;
        m_enforceOption = enforce;
        m_includes = includes == null ? new String[0] : includes;
        m_excludes = excludes == null ? new String[0] : excludes;
        notifyChangeListeners();
    }

    @Override
    protected void saveSettingsForModel(final NodeSettingsWO settings) {
        NodeSettingsWO sub = settings.addNodeSettings(m_configName);
        sub.addString("filter-type", m_type);
        sub.addStringArray("included_names", m_includes);
        sub.addStringArray("excluded_names", m_excludes);
        sub.addString("enforce_option", m_enforceOption);
        NodeSettingsWO p = sub.addNodeSettings(NAME_PATTERN);
        p.addString("pattern", m_pattern);
        p.addString("type", m_patternType);
        p.addBoolean("caseSensitive", m_caseSensitive);
        p.addBoolean("excludeMatching", m_excludeMatching);
        NodeSettingsWO typeList = sub.addNodeSettings("datatype").addNodeSettings("typelist");
        m_typeList.forEach(typeList::addBoolean);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + " ('" + m_configName + "')";
    }
}
