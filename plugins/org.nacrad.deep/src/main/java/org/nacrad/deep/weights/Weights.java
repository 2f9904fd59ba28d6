package org.nacrad.deep.weights;

import org.nacrad.deep.medicalnet.Depth;
import org.nacrad.deep.pth.StateDict;

/**
 * Validated backbone weights of one depth with a provenance string recorded next to the features: the checkpoint's
 * file name and SHA-256, or "seeded random initialisation (not pretrained), seed N".
 */
public record Weights(Depth depth, StateDict stateDict, String provenance) {
}
