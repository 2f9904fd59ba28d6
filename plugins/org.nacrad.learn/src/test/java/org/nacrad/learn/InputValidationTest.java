package org.nacrad.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nacrad.learn.io.CsvTable;
import org.nacrad.learn.io.NumericCsv;

/** Bad input gives errors that name the file, rows and columns involved. */
class InputValidationTest {

    @Test
    void missingValuesNameRowsAndColumnsUnlessRowsAreDropped() {
        FeatureMatrix m = new FeatureMatrix(List.of("age", "size", "grade"), List.of("P1", "P2", "P3"),
                new double[][] {{50, Double.NaN, 1}, {60, 2, 2}, {Double.NaN, 3, 3}});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MissingValues.rowsToUse(m, MissingValuePolicy.ERROR, "mRMR"));
        assertTrue(e.getMessage().contains("[P1, P3]") && e.getMessage().contains("[size, age]"), e.getMessage());
        assertArrayEquals(new int[] {1}, MissingValues.rowsToUse(m, MissingValuePolicy.DROP_ROWS, "mRMR"));
    }

    @Test
    void nonNumericCellNamesFileLineAndColumn() {
        CsvTable t = CsvTable.parse("features.csv", "id,a,b\nP1,1.5,2\nP2,high,3\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NumericCsv.toMatrix(t, "id", null));
        assertTrue(e.getMessage().contains("features.csv") && e.getMessage().contains("'a'")
                && e.getMessage().contains("line 3"), e.getMessage());
    }

    @Test
    void tablesJoinByColumnsOnlyWithTheSameRows() {
        FeatureMatrix a = new FeatureMatrix(List.of("a"), List.of("P1", "P2"), new double[][] {{1}, {2}});
        FeatureMatrix b = new FeatureMatrix(List.of("b", "c"), List.of("P1", "P2"), new double[][] {{3, 4}, {5, 6}});
        FeatureMatrix j = a.appendColumns(b);
        assertTrue(j.columns().equals(List.of("a", "b", "c")) && j.get(1, 2) == 6);
        assertThrows(IllegalArgumentException.class, () -> a.appendColumns(b.selectRows(new int[] {1, 0})));
        assertThrows(IllegalArgumentException.class, () -> a.appendColumns(a), "duplicate column names");
    }

    @Test
    void tableShapeAndLabelsAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> new FeatureMatrix(List.of("a", "a"), new double[][] {{1, 2}}));
        assertThrows(IllegalArgumentException.class, () -> new FeatureMatrix(List.of("a", "b"), new double[][] {{1}}));
        assertThrows(IllegalArgumentException.class, () -> new BinaryLabels(new int[] {0, 2}));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new BinaryLabels(new int[] {1, 1}).requireBothClasses("training fold 3"));
        assertTrue(e.getMessage().startsWith("training fold 3"), e.getMessage());
        CsvTable quoted = CsvTable.parse("q.csv", "name,v\n\"a, b\",1\r\n\"say \"\"hi\"\"\",2");
        assertTrue(quoted.cell(0, 0).equals("a, b") && quoted.cell(1, 0).equals("say \"hi\""));
    }
}
