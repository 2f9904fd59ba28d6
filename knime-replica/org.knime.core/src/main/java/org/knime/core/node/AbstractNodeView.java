/*
 * NACRad replica of the KNIME 5.3 API (org.knime.core 5.3). GPL-3.0-or-later. Compile/test only, never shipped.
 */
package org.knime.core.node;

import org.knime.core.node.AbstractNodeView.ViewableModel;

/** Base of node views. Views are not supported headless by the replica: constructing one fails. */
public abstract class AbstractNodeView<T extends ViewableModel> {

    /** Implemented by models that views can display. */
    public static interface ViewableModel {
    }

    protected AbstractNodeView(final T viewModel) {
        throw new UnsupportedOperationException("Node views are not supported by the NACRad KNIME replica");
    }

    protected abstract void modelChanged();

    protected abstract void callOpenView(String title);

    protected abstract void callCloseView();
}
