package org.nacrad.cohort.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CsvReaderTest {

    @Test
    void infersMostSpecificTypePerColumn() throws Exception {
        CsvTable t = CsvReader.read("a,b,c,d,e\n1,2.5,x,true,3000000000\n2,3,y,FALSE,4\n", "t.csv", Map.of());
        assertEquals(List.of(ColumnType.INTEGER, ColumnType.DOUBLE, ColumnType.STRING, ColumnType.BOOLEAN,
            ColumnType.LONG), t.types());
        assertEquals(2.5, t.rows().get(0).get(1));
        assertEquals(Boolean.FALSE, t.rows().get(1).get(3));
        assertEquals(3000000000L, t.rows().get(0).get(4));
    }

    @Test
    void quotedFieldsKeepCommasQuotesAndNewlines() throws Exception {
        CsvTable t = CsvReader.read("id,note\r\n\"p,1\",\"say \"\"hi\"\"\nthere\"\r\n", "t.csv", Map.of());
        assertEquals("p,1", t.rows().get(0).get(0));
        assertEquals("say \"hi\"\nthere", t.rows().get(0).get(1));
    }

    @Test
    void emptyFieldsAreMissingAndDoNotChangeTheType() throws Exception {
        CsvTable t = CsvReader.read("a,b\n1,\n,2\n", "t.csv", Map.of());
        assertEquals(List.of(ColumnType.INTEGER, ColumnType.INTEGER), t.types());
        assertNull(t.rows().get(1).get(0));
    }

    @Test
    void declaredTypeWinsAndBadValuesNameLineAndColumn() {
        CsvFormatException e = assertThrows(CsvFormatException.class,
            () -> CsvReader.read("age,x\n41,1\nold,2\n", "m.csv", Map.of("age", ColumnType.DOUBLE)));
        assertTrue(e.getMessage().contains("m.csv") && e.getMessage().contains("line 3")
            && e.getMessage().contains("'age'"), e.getMessage());
    }

    @Test
    void raggedRowsAndDuplicateHeadersAreRejected() {
        assertThrows(CsvFormatException.class, () -> CsvReader.read("a,b\n1\n", "t.csv", Map.of()));
        assertThrows(CsvFormatException.class, () -> CsvReader.read("a,a\n1,2\n", "t.csv", Map.of()));
        assertThrows(CsvFormatException.class, () -> CsvReader.read("a\n\"open\n", "t.csv", Map.of()));
    }

    @Test
    void writerRoundTripsThroughReader() throws Exception {
        java.io.StringWriter w = new java.io.StringWriter();
        CsvWriter.writeRecord(w, List.of("id", "v"));
        CsvWriter.writeRecord(w, java.util.Arrays.asList("a,\"b\"", 0.1));
        CsvWriter.writeRecord(w, java.util.Arrays.asList("c", null));
        CsvTable t = CsvReader.read(w.toString(), "w", Map.of());
        assertEquals("a,\"b\"", t.rows().get(0).get(0));
        assertEquals(0.1, t.rows().get(0).get(1));
        assertNull(t.rows().get(1).get(1));
    }
}
