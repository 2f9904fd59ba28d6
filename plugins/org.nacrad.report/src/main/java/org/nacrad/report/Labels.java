package org.nacrad.report;

import java.util.List;

/** Human-readable names of the study's criteria and their outcome groups (0 then 1); others fall back to codes. */
public final class Labels {

    private Labels() {
    }

    public static String title(String criterion) {
        return switch (criterion) {
            case "pcr" -> "Criterion 1: pCR vs non-pCR";
            case "response" -> "Criterion 2: responder vs non-responder";
            default -> "Criterion " + criterion;
        };
    }

    public static List<String> groups(String criterion) {
        return switch (criterion) {
            case "pcr" -> List.of("non-pCR", "pCR");
            case "response" -> List.of("non-responder", "responder");
            default -> List.of(criterion + " = 0", criterion + " = 1");
        };
    }
}
