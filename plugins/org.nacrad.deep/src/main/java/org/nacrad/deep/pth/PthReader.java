package org.nacrad.deep.pth;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Reads a PyTorch state dict saved by {@code torch.save}, in either format: the zip archive (torch ≥ 1.6 default:
 * {@code <prefix>/data.pkl} plus one raw record per storage under {@code <prefix>/data/}) or the legacy stream
 * (magic, protocol and system-info pickles, the object pickle, the sorted storage keys, then each storage as an
 * int64 element count and its raw bytes). A top-level {@code {'state_dict': …}} wrapper (MedicalNet's training
 * checkpoints) is unwrapped and a {@code module.} key prefix (nn.DataParallel) removed. Unpickling is restricted to
 * the globals a state dict needs ({@link StateDictGlobals}).
 */
public final class PthReader {

    private static final BigInteger LEGACY_MAGIC = new BigInteger("1950a86a20f9469cfc6c", 16);
    private static final long LEGACY_PROTOCOL = 1001;
    private static final String PREFIX = "module.";

    private PthReader() {
    }

    public static StateDict read(Path file) throws IOException {
        String source = file.getFileName().toString();
        byte[] head = new byte[4];
        try (InputStream in = Files.newInputStream(file)) {
            int n = in.readNBytes(head, 0, 4);
            head = Arrays.copyOf(head, n);
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(file.toString(), null, "checkpoint file not found");
        }
        Object top;
        if (Arrays.equals(head, new byte[] {'P', 'K', 3, 4})) {
            top = readZip(file, source);
        } else if (Arrays.equals(head, new byte[] {(byte) 0x80, 2, (byte) 0x8a, 10})) {
            top = readLegacy(file, source);
        } else {
            throw new PthFormatException(source + " is not a PyTorch checkpoint: it starts neither like a torch.save zip "
                + "archive (PK\\3\\4) nor like a legacy torch.save stream (pickle protocol 2 with torch's magic number)");
        }
        return toStateDict(top, source);
    }

    private static Object readZip(Path file, String source) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            String prefix = archivePrefix(zip, source);
            ByteOrder order = byteOrder(zip, prefix, source);
            Map<String, StorageRef> storages = new HashMap<>();
            RestrictedUnpickler.PersistentLoader loader = pid -> {
                StorageRef s = storage(pid, 5, storages, source);
                if (!s.loaded()) {
                    s.setData(record(zip, prefix + "data/" + s.key, source), order, source);
                }
                return s;
            };
            ZipEntry pickle = zip.getEntry(prefix + "data.pkl");
            try (InputStream in = new BufferedInputStream(zip.getInputStream(pickle))) {
                return new RestrictedUnpickler(in, source, loader, pickle.getSize() < 0 ? Files.size(file) : pickle.getSize())
                    .load();
            }
        } catch (ZipException e) {
            throw new PthFormatException(source + " starts like a zip archive but is not a complete one (truncated?): "
                + e.getMessage(), e);
        }
    }

    /** The folder holding data.pkl: the file's base name in older torch, "archive" in newer. */
    private static String archivePrefix(ZipFile zip, String source) throws PthFormatException {
        String prefix = null;
        for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements();) {
            String name = e.nextElement().getName();
            if (name.endsWith("/constants.pkl") || name.contains("/code/")) {
                throw new PthFormatException(source + " is a TorchScript archive, not a state dict saved by torch.save");
            }
            if (name.endsWith("/data.pkl") && name.indexOf('/') == name.length() - "/data.pkl".length()) {
                prefix = name.substring(0, name.length() - "data.pkl".length());
            }
        }
        if (prefix == null) {
            throw new PthFormatException(source + " is a zip archive without a <folder>/data.pkl record, so not a "
                + "torch.save checkpoint");
        }
        return prefix;
    }

    private static ByteOrder byteOrder(ZipFile zip, String prefix, String source) throws IOException {
        ZipEntry e = zip.getEntry(prefix + "byteorder");
        if (e == null) {
            return ByteOrder.LITTLE_ENDIAN; // written since torch 2.1; older archives are little-endian
        }
        String order = new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.US_ASCII).trim();
        return switch (order) {
            case "little" -> ByteOrder.LITTLE_ENDIAN;
            case "big" -> ByteOrder.BIG_ENDIAN;
            default -> throw new PthFormatException(source + ": unknown byteorder record '" + order + "'");
        };
    }

    private static byte[] record(ZipFile zip, String name, String source) throws IOException {
        ZipEntry e = zip.getEntry(name);
        if (e == null) {
            throw new PthFormatException(source + " is incomplete: the pickle refers to storage record '" + name
                + "', which the zip archive does not contain");
        }
        try (InputStream in = zip.getInputStream(e)) {
            return in.readAllBytes();
        }
    }

    private static Object readLegacy(Path file, String source) throws IOException {
        long fileSize = Files.size(file);
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            Map<String, StorageRef> storages = new HashMap<>();
            RestrictedUnpickler unpickler = new RestrictedUnpickler(in, source, pid -> storage(pid, 6, storages, source),
                fileSize);
            if (!LEGACY_MAGIC.equals(unpickler.load())) {
                throw new PthFormatException(source + " is not a PyTorch checkpoint: wrong legacy magic number");
            }
            Object protocol = unpickler.load();
            if (!Long.valueOf(LEGACY_PROTOCOL).equals(protocol)) {
                throw new PthFormatException(source + ": unsupported legacy protocol version " + protocol);
            }
            if (unpickler.load() instanceof Map<?, ?> sysInfo && Boolean.FALSE.equals(sysInfo.get("little_endian"))) {
                throw new PthFormatException(source + " was saved on a big-endian machine, which is not supported");
            }
            Object top = unpickler.load();
            if (!(unpickler.load() instanceof List<?> keys)) {
                throw new PthFormatException(source + ": legacy storage key list missing");
            }
            for (Object key : keys) {
                readLegacyStorage(in, storages.get(String.valueOf(key)), String.valueOf(key), fileSize, source);
            }
            return top;
        }
    }

    private static void readLegacyStorage(DataInputStream in, StorageRef s, String key, long fileSize, String source)
        throws IOException {
        if (s == null) {
            throw new PthFormatException(source + ": storage " + key + " is listed but no tensor refers to it");
        }
        try {
            long count = Long.reverseBytes(in.readLong());
            if (count != s.numel) {
                throw new PthFormatException(source + ": storage " + key + " has " + count + " elements on disk, "
                    + s.numel + " in the pickle");
            }
            if (count < 0 || count > fileSize / s.dtype.elementSize()) {
                throw new PthFormatException(source + " is truncated or corrupt: storage " + key + " announces " + count
                    + " elements, more than the file holds");
            }
            byte[] bytes = new byte[Math.toIntExact(count * s.dtype.elementSize())];
            in.readFully(bytes);
            s.setData(bytes, ByteOrder.LITTLE_ENDIAN, source);
        } catch (EOFException e) {
            throw new PthFormatException(source + " is truncated: the data of storage " + key + " is incomplete", e);
        } catch (ArithmeticException e) {
            throw new PthFormatException(source + ": storage " + key + " is too large", e);
        }
    }

    /** Persistent id ('storage', type, key, location, numel[, view_metadata]) → a shared StorageRef per key. */
    private static StorageRef storage(List<Object> pid, int arity, Map<String, StorageRef> storages, String source)
        throws PthFormatException {
        if (pid.size() != arity || !"storage".equals(pid.get(0))
            || !(pid.get(1) instanceof StateDictGlobals.StorageType type)) {
            throw new PthFormatException(source + ": unexpected persistent id " + pid);
        }
        if (arity == 6 && pid.get(5) != null) {
            throw new PthFormatException(source + ": storage views (legacy view_metadata) are not supported");
        }
        if (type.dtype() == null) {
            throw new PthFormatException(source + " holds a torch." + type.name() + " tensor; only float32, float64 "
                + "and int64 tensors are supported");
        }
        String key = String.valueOf(pid.get(2));
        StorageRef s = storages.computeIfAbsent(key,
            k -> new StorageRef(k, type.dtype(), pid.get(4) instanceof Long l ? l : -1));
        if (s.numel < 0 || s.dtype != type.dtype()) {
            throw new PthFormatException(source + ": storage " + key + " has an invalid element count or type");
        }
        return s;
    }

    private static StateDict toStateDict(Object top, String source) throws PthFormatException {
        if (top instanceof Map<?, ?> m && m.get("state_dict") instanceof Map<?, ?> inner) {
            top = inner;
        }
        if (!(top instanceof Map<?, ?> map)) {
            throw new PthFormatException(source + " holds a " + RestrictedUnpickler.describe(top)
                + ", not a state dict (a dict of tensors, possibly under 'state_dict')");
        }
        Map<String, Tensor> tensors = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!(e.getKey() instanceof String name) || !(e.getValue() instanceof TensorRef ref)) {
                throw new PthFormatException(source + " is not a state dict: entry '" + e.getKey() + "' holds a "
                    + RestrictedUnpickler.describe(e.getValue()) + ", not a tensor");
            }
            String key = name.startsWith(PREFIX) ? name.substring(PREFIX.length()) : name;
            if (tensors.put(key, ref.materialise(name, source)) != null) {
                throw new PthFormatException(source + ": key '" + key + "' occurs with and without the module. prefix");
            }
        }
        return new StateDict(source, tensors);
    }
}
