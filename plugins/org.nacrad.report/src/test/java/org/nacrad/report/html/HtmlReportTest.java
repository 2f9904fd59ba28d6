package org.nacrad.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlReportTest {

    /** Names from CSV files (models, features, levels) must not be able to inject markup into the page. */
    @Test
    void escapesMarkup() {
        assertEquals("&lt;img src=&quot;x&quot;&gt; &amp; co", HtmlReport.esc("<img src=\"x\"> & co"));
    }
}
