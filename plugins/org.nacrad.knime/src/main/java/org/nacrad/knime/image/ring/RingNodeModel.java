package org.nacrad.knime.image.ring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.nacrad.image.Volume;
import org.nacrad.image.morphology.PeritumoralRing;
import org.nacrad.knime.util.NacradNodeModel;
import org.nacrad.knime.util.Rows;
import org.nacrad.knime.util.Volumes;

/** Grows each tumour mask by a margin in mm and keeps the shell around it: the peritumoral region. */
final class RingNodeModel extends NacradNodeModel<RingSettings> {

    RingNodeModel() {
        super(new RingSettings(), 1, 1);
    }

    @Override
    protected DataTableSpec[] configure(DataTableSpec[] inSpecs) throws InvalidSettingsException {
        settings.tissue(inSpecs[0]);
        settings.exclusions(inSpecs[0]);
        return new DataTableSpec[] {outSpec(inSpecs[0])};
    }

    private DataTableSpec outSpec(DataTableSpec in) throws InvalidSettingsException {
        String out = settings.output(in);
        return new DataTableSpec(in, new DataTableSpec(
            new DataColumnSpecCreator(out, StringCell.TYPE).createSpec(),
            new DataColumnSpecCreator(out + "_voxels", IntCell.TYPE).createSpec(),
            new DataColumnSpecCreator(out + "_volume_mm3", DoubleCell.TYPE).createSpec()));
    }

    @Override
    protected BufferedDataTable[] execute(BufferedDataTable[] inData, ExecutionContext exec) throws Exception {
        DataTableSpec spec = inData[0].getDataTableSpec();
        String tumourColumn = settings.tumour(spec);
        String tissueColumn = settings.tissue(spec);
        List<String> exclusionColumns = settings.exclusions(spec);
        String outColumn = settings.output(spec);
        BufferedDataContainer out = exec.createDataContainer(outSpec(spec));
        long n = inData[0].size();
        long done = 0;
        for (DataRow row : inData[0]) {
            exec.checkCanceled();
            String patient = row.getKey().getString();
            exec.setProgress(done++ / (double) n, "Patient " + patient);
            Volume tumour = Volumes.read(row, spec, tumourColumn);
            Volume tissue = tissueColumn == null ? null : Volumes.read(row, spec, tissueColumn);
            List<Volume> exclusions = new ArrayList<>();
            for (String c : exclusionColumns) {
                exclusions.add(Volumes.read(row, spec, c));
            }
            PeritumoralRing.Result ring = compute(tumour, tissue, exclusions, patient);
            String path = Volumes.store(exec, ring.ring(), outColumn, patient).toString();
            out.addRowToTable(Rows.with(row, Map.of(), List.of(new StringCell(path), new IntCell(ring.voxelCount()),
                new DoubleCell(ring.volumeMm3()))));
        }
        out.close();
        return new BufferedDataTable[] {out.getTable()};
    }

    private PeritumoralRing.Result compute(Volume tumour, Volume tissue, List<Volume> exclusions, String patient)
        throws InvalidSettingsException {
        try {
            return PeritumoralRing.compute(tumour, settings.marginMm.getDoubleValue(), tissue, exclusions,
                "patient " + patient);
        } catch (RuntimeException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
    }
}
