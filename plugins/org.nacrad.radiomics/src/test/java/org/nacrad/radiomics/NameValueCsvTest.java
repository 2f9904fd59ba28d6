package org.nacrad.radiomics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Float layout against values printed by Python 3.11's repr(). */
class NameValueCsvTest {

    @Test
    void matchesPythonRepr() {
        double[] v = {1e-05, 1e16, 123456789.0, 0.1, 1.0 / 3, 2.5e-7, 1e-4, 0.00012345, 9999999999999998.0,
            12345678901234567890.0, -0.0, 5e-324, 1e22, 100.0, -42.5, Double.NaN};
        String[] python = {"1e-05", "1e+16", "123456789.0", "0.1", "0.3333333333333333", "2.5e-07", "0.0001",
            "0.00012345", "9999999999999998.0", "1.2345678901234567e+19", "-0.0", "5e-324", "1e+22", "100.0",
            "-42.5", "nan"};
        for (int i = 0; i < v.length; i++) {
            assertEquals(python[i], NameValueCsv.pythonRepr(v[i]), "value " + v[i]);
        }
    }

    @Test
    void writesDiagnosticsThenFeatures() throws IOException {
        RadiomicsResult r = new RadiomicsResult(Map.of("diagnostics_Mask-original_BoundingBox", "(1, 2, 3, 4, 5, 6)"),
            Map.of("original_firstorder_Mean", 2.5), List.of());
        StringWriter w = new StringWriter();
        NameValueCsv.write(r, w);
        assertTrue(w.toString().equals("name,value\ndiagnostics_Mask-original_BoundingBox,\"(1, 2, 3, 4, 5, 6)\"\n"
            + "original_firstorder_Mean,2.5\n"), w.toString());
    }
}
