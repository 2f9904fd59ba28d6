package org.nacrad.knime.image.n4;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentBoolean;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentString;
import org.nacrad.knime.util.NacradNodeFactory;

/** N4 Correct: bias-field correction. */
public final class N4NodeFactory extends NacradNodeFactory<N4NodeModel> {

    @Override
    public N4NodeModel createNodeModel() {
        return new N4NodeModel();
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        N4Settings s = new N4Settings();
        DefaultNodeSettingsPane pane = new DefaultNodeSettingsPane();
        pane.addDialogComponent(new DialogComponentString(s.imageColumns, "Image columns (empty = *_image)"));
        pane.addDialogComponent(new DialogComponentString(s.maskColumn, "Mask column (empty = whole image)"));
        pane.addDialogComponent(new DialogComponentNumber(s.shrinkFactor, "Shrink factor", 1));
        pane.addDialogComponent(new DialogComponentString(s.iterations, "Maximum iterations per level"));
        pane.addDialogComponent(new DialogComponentNumber(s.convergence, "Convergence threshold", 0.0001));
        pane.addDialogComponent(new DialogComponentNumber(s.splineOrder, "Spline order", 1));
        pane.addDialogComponent(new DialogComponentString(s.controlPoints, "Control points x,y,z"));
        pane.addDialogComponent(new DialogComponentNumber(s.histogramBins, "Histogram bins", 10));
        pane.addDialogComponent(new DialogComponentNumber(s.fwhm, "Bias field FWHM", 0.01));
        pane.addDialogComponent(new DialogComponentNumber(s.wienerNoise, "Wiener filter noise", 0.01));
        pane.addDialogComponent(new DialogComponentBoolean(s.outputBiasField, "Also output the bias field"));
        return pane;
    }
}
