package org.nacrad.deep.pth;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The allow-list of Python globals a pickled state dict may name: the ordered dict, torch's tensor/parameter rebuild
 * functions and the legacy storage classes. Everything else is refused at GLOBAL time, so a crafted file cannot get
 * as far as constructing anything.
 */
final class StateDictGlobals {

    /** A whitelisted callable, applied by REDUCE. */
    interface Function {
        Object call(List<Object> args, String source) throws PthFormatException;
    }

    /** The value of a {@code torch.<X>Storage} global; {@code dtype} is null for storage types we do not decode. */
    record StorageType(String name, DType dtype) {
    }

    /** Storage classes torch can name; the ones without a {@link DType} are recognised only to report them clearly. */
    private static final Set<String> OTHER_STORAGES = Set.of("HalfStorage", "BFloat16Storage", "IntStorage",
        "ShortStorage", "CharStorage", "ByteStorage", "BoolStorage", "ComplexFloatStorage", "ComplexDoubleStorage",
        "UntypedStorage");

    private static final String ALLOWED = "collections.OrderedDict, torch._utils._rebuild_tensor_v2, "
        + "torch._utils._rebuild_tensor, torch._utils._rebuild_parameter, torch.<Type>Storage";

    private StateDictGlobals() {
    }

    static Object resolve(String module, String name, String source) throws PthFormatException {
        if (module.equals("collections") && name.equals("OrderedDict")) {
            return (Function) StateDictGlobals::orderedDict;
        }
        if (module.equals("torch._utils")) {
            switch (name) {
                case "_rebuild_tensor_v2", "_rebuild_tensor":
                    return (Function) StateDictGlobals::rebuildTensor;
                case "_rebuild_parameter":
                    return (Function) StateDictGlobals::rebuildParameter;
                default:
                    break;
            }
        }
        if (module.equals("torch")) {
            DType t = DType.forStorageClass(name);
            if (t != null || OTHER_STORAGES.contains(name)) {
                return new StorageType(name, t);
            }
        }
        throw new PthFormatException("refusing to read " + source + ": its pickle names the Python global '" + module
            + "." + name + "', which a PyTorch state dict never needs (allowed: " + ALLOWED + ")");
    }

    /** BUILD: only the {@code _metadata} attribute torch sets on a state dict's OrderedDict, which we do not need. */
    static void build(Object target, Object state, String source) throws PthFormatException {
        if (!(target instanceof LinkedHashMap<?, ?>) || !(state instanceof Map<?, ?>)) {
            throw new PthFormatException(source + ": pickle sets state on " + RestrictedUnpickler.describe(target)
                + ", which a state dict never does");
        }
    }

    private static Object orderedDict(List<Object> args, String source) throws PthFormatException {
        if (!args.isEmpty()) {
            throw new PthFormatException(source + ": OrderedDict built with arguments, which torch never writes");
        }
        return new LinkedHashMap<Object, Object>();
    }

    /** (storage, storage_offset, size, stride, …): the trailing requires_grad, hooks and metadata are ignored. */
    private static Object rebuildTensor(List<Object> args, String source) throws PthFormatException {
        if (args.size() < 4 || !(args.get(0) instanceof StorageRef storage)) {
            throw new PthFormatException(source + ": tensor rebuild called without a storage and geometry");
        }
        return new TensorRef(storage, toLong(args.get(1), source), toInts(args.get(2), source),
            toLongs(args.get(3), source));
    }

    /** (data, requires_grad, backward_hooks): a Parameter is just its data here. */
    private static Object rebuildParameter(List<Object> args, String source) throws PthFormatException {
        if (args.isEmpty() || !(args.get(0) instanceof TensorRef)) {
            throw new PthFormatException(source + ": parameter rebuild called without a tensor");
        }
        return args.get(0);
    }

    static long toLong(Object o, String source) throws PthFormatException {
        if (o instanceof Long l) {
            return l;
        }
        throw new PthFormatException(source + ": integer expected in tensor metadata, found " + RestrictedUnpickler.describe(o));
    }

    private static int[] toInts(Object o, String source) throws PthFormatException {
        long[] l = toLongs(o, source);
        int[] r = new int[l.length];
        for (int i = 0; i < l.length; i++) {
            if (l[i] < 0 || l[i] > Integer.MAX_VALUE) {
                throw new PthFormatException(source + ": tensor dimension " + l[i] + " out of range");
            }
            r[i] = (int) l[i];
        }
        return r;
    }

    private static long[] toLongs(Object o, String source) throws PthFormatException {
        if (!(o instanceof List<?> list)) {
            throw new PthFormatException(source + ": tuple expected in tensor metadata, found " + RestrictedUnpickler.describe(o));
        }
        long[] r = new long[list.size()];
        for (int i = 0; i < r.length; i++) {
            r[i] = toLong(list.get(i), source);
        }
        return r;
    }
}
