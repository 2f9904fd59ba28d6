package org.nacrad.deep.pth;

import java.io.IOException;

/** A checkpoint file that is not a readable, safe PyTorch state dict; the message names the file and the problem. */
public class PthFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    public PthFormatException(String message) {
        super(message);
    }

    public PthFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
