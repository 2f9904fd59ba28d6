package org.nacrad.knime.deep;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.nacrad.deep.features.DeepFeatureExtractor;
import org.nacrad.deep.medicalnet.Depth;
import org.nacrad.deep.preprocess.PreprocessSettings;
import org.nacrad.deep.weights.Weights;
import org.nacrad.deep.weights.WeightsLoader;
import org.nacrad.knime.util.NacradNodeModel;
import org.nacrad.knime.util.Volumes;
import org.nacrad.knime.util.WorkflowPaths;

/**
 * MedicalNet features of one image column within one mask column, per patient: columns
 * {@code <prefix>_<region>_<4-digit index>} plus {@code <prefix>_<region>_weights} recording the weights used (also
 * pushed as a flow variable of that name). The network is built once per execution and reused for every patient;
 * patients are run in batches.
 */
final class MedicalNetFeatureNodeModel extends NacradNodeModel<MedicalNetFeatureSettings> {

    MedicalNetFeatureNodeModel() {
        super(new MedicalNetFeatureSettings(), 1, 1);
    }

    @Override
    protected DataTableSpec[] configure(DataTableSpec[] inSpecs) throws InvalidSettingsException {
        settings.preprocessing();
        if (!settings.seededRandom()) {
            WorkflowPaths.resolve(settings.weightsFile.getStringValue(), "MedicalNet weights file (a checkpoint such as "
                + "resnet_" + settings.depth().layers() + "_23dataset.pth, or choose seeded random weights)");
        }
        return new DataTableSpec[] {outSpec(inSpecs[0])};
    }

    private DataTableSpec outSpec(DataTableSpec in) throws InvalidSettingsException {
        Volumes.column(in, settings.imageColumn.getStringValue(), "image");
        if (settings.preprocess.getBooleanValue()) {
            Volumes.column(in, settings.maskColumn.getStringValue(), "mask");
        }
        List<DataColumnSpec> cols = new ArrayList<>();
        for (String name : featureNames(settings.depth().featureCount())) {
            cols.add(new DataColumnSpecCreator(name, DoubleCell.TYPE).createSpec());
        }
        cols.add(new DataColumnSpecCreator(weightsColumn(), StringCell.TYPE).createSpec());
        boolean keep = settings.keepInputColumns.getBooleanValue();
        for (DataColumnSpec c : cols) {
            if (keep && in.containsName(c.getName())) {
                throw new InvalidSettingsException("Column '" + c.getName() + "' exists already; use another prefix "
                    + "or region.");
            }
        }
        DataTableSpec features = new DataTableSpec(cols.toArray(DataColumnSpec[]::new));
        return keep ? new DataTableSpec(in, features) : features;
    }

    @Override
    protected BufferedDataTable[] execute(BufferedDataTable[] inData, ExecutionContext exec) throws Exception {
        DataTableSpec spec = inData[0].getDataTableSpec();
        BufferedDataContainer out = exec.createDataContainer(outSpec(spec));
        exec.setMessage("Loading the weights and building the MedicalNet " + settings.depth() + " network");
        int batchSize = settings.batchSize.getIntValue();
        // the state dict is not kept once the network holds the values (up to 253 MB for ResNet34)
        try (DeepFeatureExtractor fx = DeepRuntime.extractor(weights(settings.depth()), settings.preprocessing(),
            batchSize)) {
            long n = inData[0].size();
            long done = 0;
            List<DataRow> batch = new ArrayList<>();
            for (DataRow row : inData[0]) {
                exec.checkCanceled();
                batch.add(row);
                if (batch.size() == batchSize) {
                    done = flush(fx, batch, spec, out, exec, done, n);
                }
            }
            flush(fx, batch, spec, out, exec, done, n);
            pushFlowVariableString(weightsColumn(), fx.weightsProvenance());
        } catch (DeepFeatureException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
        out.close();
        return new BufferedDataTable[] {out.getTable()};
    }

    private Weights weights(Depth depth) throws InvalidSettingsException {
        if (settings.seededRandom()) {
            return WeightsLoader.seededRandom(depth, settings.weightsSeed.getIntValue());
        }
        try {
            return WeightsLoader.fromFile(WorkflowPaths.resolve(settings.weightsFile.getStringValue(),
                "MedicalNet weights file"), depth);
        } catch (IOException | RuntimeException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
    }

    /** Reads the batch's volumes (progress per patient), runs them through the network, appends the rows. */
    private long flush(DeepFeatureExtractor fx, List<DataRow> batch, DataTableSpec spec, BufferedDataContainer out,
        ExecutionContext exec, long done, long n) throws Exception {
        String image = settings.imageColumn.getStringValue();
        String mask = settings.maskColumn.getStringValue();
        boolean needsMask = settings.preprocess.getBooleanValue();
        List<DeepFeatureExtractor.Case> cases = new ArrayList<>();
        for (DataRow row : batch) {
            exec.checkCanceled();
            String patient = row.getKey().getString();
            exec.setProgress((done + cases.size()) / (double) n, "Patient " + patient + " (" + (done + cases.size() + 1)
                + " of " + n + ")");
            cases.add(new DeepFeatureExtractor.Case(Volumes.read(row, spec, image),
                needsMask ? Volumes.read(row, spec, mask) : null,
                "Patient " + patient + " (image " + image + (needsMask ? ", mask " + mask : "") + ")"));
        }
        List<float[]> features = DeepRuntime.extract(fx, cases);
        for (int i = 0; i < batch.size(); i++) {
            out.addRowToTable(row(batch.get(i), features.get(i), fx.weightsProvenance()));
        }
        long total = done + batch.size();
        exec.setProgress(total / (double) Math.max(1, n), "Extracted " + total + " of " + n + " patients");
        batch.clear();
        return total;
    }

    private DataRow row(DataRow in, float[] features, String provenance) {
        List<DataCell> cells = new ArrayList<>();
        if (settings.keepInputColumns.getBooleanValue()) {
            in.forEach(cells::add);
        }
        for (float f : features) {
            cells.add(new DoubleCell(f));
        }
        cells.add(new StringCell(provenance));
        return new DefaultRow(in.getKey(), cells);
    }

    private List<String> featureNames(int count) {
        String p = settings.prefix.getStringValue().trim();
        String r = settings.region.getStringValue().trim();
        List<String> names = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            names.add(DeepFeatureExtractor.columnName(p, r, i));
        }
        return names;
    }

    private String weightsColumn() {
        return DeepRuntime.weightsName(settings.prefix.getStringValue().trim(), settings.region.getStringValue().trim());
    }
}
