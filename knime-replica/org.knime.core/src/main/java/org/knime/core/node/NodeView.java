/*
 * NACRad replica of the KNIME 5.3 API (org.knime.core 5.3). GPL-3.0-or-later. Compile/test only, never shipped.
 */
package org.knime.core.node;

/** Swing node view; present for the NodeFactory signature only (the replica cannot show views). */
public abstract class NodeView<T extends NodeModel> extends AbstractNodeView<T> implements NodeModelWarningListener {

    public static final String PROP_CHANGE_CLOSE = "nodeview_close";

    protected NodeView(final T nodeModel) {
        super(nodeModel);
    }

    protected abstract void onClose();

    protected abstract void onOpen();

    @Override
    protected void callOpenView(final String title) {
        throw new UnsupportedOperationException("Node views are not supported by the NACRad KNIME replica");
    }

    @Override
    public final void callCloseView() {
        throw new UnsupportedOperationException("Node views are not supported by the NACRad KNIME replica");
    }
}
