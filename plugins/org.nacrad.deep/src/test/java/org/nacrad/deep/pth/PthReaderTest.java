package org.nacrad.deep.pth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.nacrad.deep.GoldenFiles;

/** The reader against .pth files torch itself wrote (oracle/deep/make_pth_fixtures.py) and crafted bad files. */
class PthReaderTest {

    @TempDir
    Path tmp;

    /** Expected tensors of one group from expected.tsv: name → row. */
    private static Map<String, String[]> expected(String group) throws IOException {
        Map<String, String[]> rows = new LinkedHashMap<>();
        for (String line : Files.readAllLines(GoldenFiles.golden("pth/expected.tsv"))) {
            String[] f = line.split("\t", -1);
            if (!line.startsWith("#") && f[0].equals(group)) {
                rows.put(f[1], f);
            }
        }
        return rows;
    }

    private static int[] shape(String s) {
        return s.isEmpty() ? new int[0] : Arrays.stream(s.split(",")).mapToInt(Integer::parseInt).toArray();
    }

    private static void assertMatches(String group, StateDict sd) throws IOException {
        Map<String, String[]> rows = expected(group);
        assertEquals(new ArrayList<>(rows.keySet()), new ArrayList<>(sd.tensors().keySet()), "keys in file order");
        for (String[] row : rows.values()) {
            Tensor t = sd.get(row[1]);
            assertArrayEquals(shape(row[3]), t.shape(), row[1]);
            String[] values = row[4].split(" ");
            switch (row[2]) {
                case "float32" -> {
                    assertEquals(DType.FLOAT32, t.dtype(), row[1]);
                    float[] v = t.toFloatArray();
                    for (int i = 0; i < values.length; i++) {
                        assertEquals((float) Double.parseDouble(values[i]), v[i], 0f, row[1] + "[" + i + "]");
                    }
                }
                case "float64" -> {
                    assertEquals(DType.FLOAT64, t.dtype(), row[1]);
                    assertArrayEquals(Arrays.stream(values).mapToDouble(Double::parseDouble).toArray(),
                        t.toDoubleArray(), 0.0, row[1]);
                }
                default -> {
                    assertEquals(DType.INT64, t.dtype(), row[1]);
                    assertArrayEquals(Arrays.stream(values).mapToLong(Long::parseLong).toArray(), t.toLongArray(), row[1]);
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"tiny_legacy.pth", "tiny_zip.pth"})
    void readsTorchStateDictUnwrappingStateDictAndModulePrefix(String file) throws IOException {
        StateDict sd = PthReader.read(GoldenFiles.golden("pth/" + file));
        assertEquals(file, sd.source());
        assertMatches("tiny", sd);
    }

    @ParameterizedTest
    @ValueSource(strings = {"views_legacy.pth", "views_zip.pth"})
    void readsStridedViewsOffsetsAndAllDtypes(String file) throws IOException {
        assertMatches("views", PthReader.read(GoldenFiles.golden("pth/" + file)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"malicious_legacy.pth", "malicious_zip.pth"})
    void rejectsForeignGlobalsNamingThem(String file) {
        PthFormatException e = assertThrows(PthFormatException.class,
            () -> PthReader.read(GoldenFiles.golden("pth/" + file)));
        String global = file.contains("legacy") ? "'posix.system'" : "'builtins.eval'";
        assertTrue(e.getMessage().contains(global) && e.getMessage().contains(file), e.getMessage());
    }

    @Test
    void zipWithMissingStorageNamesTheRecord() {
        PthFormatException e = assertThrows(PthFormatException.class,
            () -> PthReader.read(GoldenFiles.golden("pth/missing_storage_zip.pth")));
        assertTrue(e.getMessage().contains("tiny_zip/data/0") && e.getMessage().contains("missing_storage_zip.pth"),
            e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"tiny_legacy.pth", "tiny_zip.pth"})
    void truncatedFilesAreReportedAsSuch(String file) throws IOException {
        byte[] all = Files.readAllBytes(GoldenFiles.golden("pth/" + file));
        for (int keep : new int[] {all.length - 5, all.length / 2, 40}) {
            Path cut = tmp.resolve("cut_" + keep + "_" + file);
            Files.write(cut, Arrays.copyOf(all, keep));
            PthFormatException e = assertThrows(PthFormatException.class, () -> PthReader.read(cut));
            assertTrue(e.getMessage().contains(cut.getFileName().toString())
                && (e.getMessage().contains("truncated") || e.getMessage().contains("incomplete")), e.getMessage());
        }
    }

    @Test
    void nonPyTorchFilesAreRejected() throws IOException {
        Path text = tmp.resolve("notes.pth");
        Files.writeString(text, "this is not a checkpoint\n");
        PthFormatException e = assertThrows(PthFormatException.class, () -> PthReader.read(text));
        assertTrue(e.getMessage().startsWith("notes.pth is not a PyTorch checkpoint"), e.getMessage());
        Path empty = tmp.resolve("empty.pth");
        Files.write(empty, new byte[0]);
        assertThrows(PthFormatException.class, () -> PthReader.read(empty));
    }

    @Test
    void missingFileNamesThePath() {
        Path absent = tmp.resolve("resnet_34_23dataset.pth");
        NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> PthReader.read(absent));
        assertTrue(e.getMessage().contains("resnet_34_23dataset.pth"), e.getMessage());
    }

    @Test
    void craftedLengthsCannotForceHugeAllocations() throws IOException {
        byte[] header = {(byte) 0x80, 2, (byte) 0x8a, 10, 0x6c, (byte) 0xfc, (byte) 0x9c, 0x46, (byte) 0xf9, 0x20, 0x6a,
            (byte) 0xa8, 0x50, 0x19, '.', (byte) 0x80, 2, 'M', (byte) 0xe9, 3, '.', (byte) 0x80, 2, '}', '.'};
        // object pickle: BINUNICODE announcing 0x7ffffff0 bytes in a file of a few dozen
        byte[] bomb = {(byte) 0x80, 2, 'X', (byte) 0xf0, (byte) 0xff, (byte) 0xff, 0x7f, 'a', 'b'};
        Path p = tmp.resolve("bomb.pth");
        byte[] all = Arrays.copyOf(header, header.length + bomb.length);
        System.arraycopy(bomb, 0, all, header.length, bomb.length);
        Files.write(p, all);
        PthFormatException e = assertThrows(PthFormatException.class, () -> PthReader.read(p));
        assertTrue(e.getMessage().contains("more than the file holds"), e.getMessage());
    }

    @Test
    void plainPickleWithoutTorchMagicIsNotAccepted() throws IOException {
        // protocol-2 pickle of an empty dict: right first two bytes, but no legacy magic
        Path p = tmp.resolve("plain.pth");
        Files.write(p, new byte[] {(byte) 0x80, 2, '}', 'q', 0, '.'});
        assertThrows(PthFormatException.class, () -> PthReader.read(p));
    }
}
