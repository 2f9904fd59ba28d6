package org.nacrad.knime.image.reader;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.def.BooleanCell;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.nacrad.image.Geometry;
import org.nacrad.image.Volume;
import org.nacrad.image.resample.Resampler;
import org.nacrad.knime.util.NacradNodeModel;
import org.nacrad.knime.util.Volumes;

/**
 * Reads the image and mask volumes named in path columns, appends their geometry, and checks that each mask lies on
 * its image's grid and is not empty. The paths stay in the table as the volume references later nodes read.
 */
final class ImageReaderNodeModel extends NacradNodeModel<ImageReaderSettings> {

    private static final String[] AXES = {"x", "y", "z"};

    ImageReaderNodeModel() {
        super(new ImageReaderSettings(), 1, 1);
    }

    @Override
    protected DataTableSpec[] configure(DataTableSpec[] inSpecs) throws InvalidSettingsException {
        List<String> columns = settings.columns(inSpecs[0]);
        return new DataTableSpec[] {outSpec(inSpecs[0], columns, settings.pairs(columns))};
    }

    private static DataTableSpec outSpec(DataTableSpec in, List<String> columns, Map<String, String> pairs) {
        List<DataColumnSpec> added = new ArrayList<>();
        for (String c : columns) {
            for (String a : AXES) {
                added.add(new DataColumnSpecCreator(c + "_size_" + a, IntCell.TYPE).createSpec());
            }
            for (String a : AXES) {
                added.add(new DataColumnSpecCreator(c + "_spacing_" + a, DoubleCell.TYPE).createSpec());
            }
            for (String a : AXES) {
                added.add(new DataColumnSpecCreator(c + "_origin_" + a, DoubleCell.TYPE).createSpec());
            }
            added.add(new DataColumnSpecCreator(c + "_direction", StringCell.TYPE).createSpec());
            if (pairs.containsKey(c)) {
                added.add(new DataColumnSpecCreator(c + "_voxels", IntCell.TYPE).createSpec());
                added.add(new DataColumnSpecCreator(c + "_on_image_grid", BooleanCell.TYPE).createSpec());
            }
        }
        return new DataTableSpec(in, new DataTableSpec(added.toArray(DataColumnSpec[]::new)));
    }

    @Override
    protected BufferedDataTable[] execute(BufferedDataTable[] inData, ExecutionContext exec) throws Exception {
        BufferedDataTable in = inData[0];
        DataTableSpec spec = in.getDataTableSpec();
        List<String> columns = settings.columns(spec);
        Map<String, String> pairs = settings.pairs(columns);
        BufferedDataContainer out = exec.createDataContainer(outSpec(spec, columns, pairs));
        long n = in.size();
        long done = 0;
        for (DataRow row : in) {
            exec.checkCanceled();
            String patient = row.getKey().getString();
            exec.setProgress(done / (double) n, "Reading volumes of patient " + patient);
            out.addRowToTable(readRow(row, spec, columns, pairs, patient, exec));
            done++;
        }
        out.close();
        return new BufferedDataTable[] {out.getTable()};
    }

    private DataRow readRow(DataRow row, DataTableSpec spec, List<String> columns, Map<String, String> pairs,
        String patient, ExecutionContext exec) throws InvalidSettingsException, CanceledExecutionException {
        Map<String, Volume> volumes = new HashMap<>();
        for (String c : columns) {
            exec.checkCanceled();
            volumes.put(c, Volumes.read(row, spec, c));
        }
        List<DataCell> cells = new ArrayList<>();
        row.forEach(cells::add);
        for (var pair : pairs.entrySet()) {
            Volume mask = volumes.get(pair.getKey());
            Volume image = volumes.get(pair.getValue());
            if (settings.maskOffGrid.getStringValue().equals(ImageReaderSettings.RESAMPLE)
                && !mask.geometry().sameGrid(image.geometry(), Geometry.DEFAULT_TOLERANCE)) {
                Volume onGrid = Resampler.maskOntoGrid(mask, image.geometry());
                volumes.put(pair.getKey(), onGrid);
                cells.set(spec.findColumnIndex(pair.getKey()), new StringCell(store(exec, onGrid, pair.getKey(), patient)));
                setWarningMessage("Some masks were resampled (nearest neighbour) onto their image grid.");
            }
        }
        for (String c : columns) {
            Geometry g = volumes.get(c).geometry();
            for (int a = 0; a < 3; a++) {
                cells.add(new IntCell(g.size(a)));
            }
            for (int a = 0; a < 3; a++) {
                cells.add(new DoubleCell(g.spacing(a)));
            }
            for (double o : g.origin()) {
                cells.add(new DoubleCell(o));
            }
            cells.add(new StringCell(directionText(g)));
            if (pairs.containsKey(c)) {
                cells.addAll(maskCells(volumes.get(c), volumes.get(pairs.get(c)), patient, c, pairs.get(c)));
            }
        }
        return new DefaultRow(row.getKey(), cells);
    }

    private List<DataCell> maskCells(Volume mask, Volume image, String patient, String maskColumn,
        String imageColumn) throws InvalidSettingsException {
        int voxels = nonZero(mask);
        if (voxels == 0) {
            throw new InvalidSettingsException("Patient " + patient + ", column " + maskColumn
                + ": the mask is empty (no non-zero voxel).");
        }
        boolean onGrid = mask.geometry().sameGrid(image.geometry(), Geometry.DEFAULT_TOLERANCE);
        if (!onGrid && settings.maskOffGrid.getStringValue().equals(ImageReaderSettings.FAIL)) {
            throw new InvalidSettingsException("Patient " + patient + ": mask " + maskColumn + " is not on the grid of "
                + imageColumn + " (mask " + mask.geometry() + "; image " + image.geometry() + ").");
        }
        if (!onGrid) {
            setWarningMessage("Some masks are not on their image grid; see the *_on_image_grid columns.");
        }
        return List.of(new IntCell(voxels), onGrid ? BooleanCell.TRUE : BooleanCell.FALSE);
    }

    private static String store(ExecutionContext exec, Volume v, String column, String patient)
        throws InvalidSettingsException {
        try {
            return Volumes.store(exec, v, column, patient).toString();
        } catch (java.io.IOException e) {
            throw new InvalidSettingsException("Patient " + patient + ", column " + column
                + ": cannot write the resampled mask: " + e.getMessage(), e);
        }
    }

    private static int nonZero(Volume v) {
        int n = 0;
        for (double d : v.data()) {
            if (d != 0) {
                n++;
            }
        }
        return n;
    }

    private static String directionText(Geometry g) {
        StringBuilder sb = new StringBuilder();
        for (double d : g.direction()) {
            sb.append(sb.length() == 0 ? "" : " ").append(d);
        }
        return sb.toString();
    }

}
