package org.nacrad.radiomics.roi;

/** The ROI cannot be used for extraction (label absent, too small, grid mismatch, ...); the message says why. */
public class RoiException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public RoiException(String message) {
        super(message);
    }
}
