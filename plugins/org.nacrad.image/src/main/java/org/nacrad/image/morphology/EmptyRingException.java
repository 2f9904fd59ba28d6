package org.nacrad.image.morphology;

/** The peritumoral ring has no voxel left (margin too small, or tissue/exclusion masks remove everything). */
public final class EmptyRingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String context;

    EmptyRingException(String context, String detail) {
        super(context + ": the peritumoral ring is empty (" + detail + ")");
        this.context = context;
    }

    /** The patient/case the ring was computed for. */
    public String context() {
        return context;
    }
}
