package org.nacrad.image.io;

import org.nacrad.image.Geometry;
import org.nacrad.image.PixelType;

/** What a volume file declares without its voxels: the grid and the pixel type a full read would return. */
public record VolumeHeader(Geometry geometry, PixelType pixelType) {
}
