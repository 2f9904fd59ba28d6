package org.nacrad.knime.deep;

/** A MedicalNet run failed for a reason the user can act on; the message is one line and names the case or cause. */
public final class DeepFeatureException extends Exception {

    private static final long serialVersionUID = 1L;

    public DeepFeatureException(String message, Throwable cause) {
        super(message, cause);
    }
}
