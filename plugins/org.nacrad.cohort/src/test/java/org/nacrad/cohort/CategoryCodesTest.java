package org.nacrad.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class CategoryCodesTest {

    @Test
    void levelsSortNaturallyAndNullsAreIgnored() {
        CategoryCodes c = CategoryCodes.fit(Arrays.asList("N10", "N2", null, "N0", "N1", "N2"));
        assertEquals(List.of("N0", "N1", "N2", "N10"), c.levels());
        assertEquals(3, c.code("N10"));
        assertEquals(List.of("negative", "Positive"), CategoryCodes.fit(List.of("Positive", "negative")).levels());
    }

    @Test
    void unseenLevelsAreNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> CategoryCodes.of(List.of("a", "b")).code("c"));
        assertEquals("unknown level 'c' (known: [a, b])", e.getMessage());
    }
}
