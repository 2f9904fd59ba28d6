package org.nacrad.image.resample;

import org.nacrad.image.PixelType;

/**
 * How ITK's ResampleImageFilter stores an interpolated value in the output pixel type: integers are clamped to the
 * type's range and then truncated toward zero (a C++ static_cast, no rounding); float32 is rounded to single precision.
 */
final class OutputCast {

    private OutputCast() {
    }

    static double apply(double v, PixelType type) {
        switch (type) {
            case FLOAT64:
                return v;
            case FLOAT32:
                return (float) v;
            default:
                double lo = min(type);
                double hi = max(type);
                if (v < lo) {
                    return lo;
                }
                if (v > hi) {
                    return hi;
                }
                return (v < 0 ? Math.ceil(v) : Math.floor(v)) + 0.0; // + 0.0: no -0 in an integer image
        }
    }

    private static double min(PixelType t) {
        return switch (t) {
            case INT8 -> Byte.MIN_VALUE;
            case INT16 -> Short.MIN_VALUE;
            case INT32 -> Integer.MIN_VALUE;
            case INT64 -> Long.MIN_VALUE;
            default -> 0;
        };
    }

    private static double max(PixelType t) {
        return switch (t) {
            case UINT8 -> 255;
            case INT8 -> Byte.MAX_VALUE;
            case UINT16 -> 65535;
            case INT16 -> Short.MAX_VALUE;
            case UINT32 -> 4294967295.0;
            case INT32 -> Integer.MAX_VALUE;
            case UINT64 -> 18446744073709551615.0;
            default -> Long.MAX_VALUE;
        };
    }
}
