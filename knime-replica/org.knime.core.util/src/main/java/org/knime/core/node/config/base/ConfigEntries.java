/*
 * NACRad replica of the KNIME 5.3 API (org.knime.core.util 6.3). GPL-3.0-or-later. Compile/test only, never shipped.
 */
package org.knime.core.node.config.base;

/** Entry types of the XMLConfig format; the constant names are the {@code type} attribute values. */
public enum ConfigEntries {
    xint, xlong, xdouble, xfloat, xchar, xshort, xbyte, xstring, xboolean, xpassword, xtransientstring, config;
}
