/*
 * NACRad replica of the KNIME 5.3 API (org.knime.core 5.3). GPL-3.0-or-later. Compile/test only, never shipped.
 */
package org.knime.core.node;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;

import org.knime.core.data.DataRow;
import org.knime.core.data.DataTable;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.container.ColumnRearranger;
import org.knime.core.data.filestore.FileStore;
import org.nacrad.replica.harness.WorkflowContext;

/** Execution monitor that also creates tables. Created by the workflow (in the replica: the test harness). */
public class ExecutionContext extends ExecutionMonitor {

    /** Root context; reached reflectively by the harness, KNIME's public constructor needs workflow internals. */
    private ExecutionContext(final BiConsumer<Double, String> listener, final BooleanSupplier canceled) {
        super(listener, canceled);
    }

    private ExecutionContext(final ExecutionMonitor parent, final double share, final boolean silent) {
        super(parent, share, silent);
    }

    /**
     * Creates a new file store: a not-yet-existing file (or folder) under this execution's own folder in the run's
     * work directory ({@link WorkflowContext#workDirectory()}); the node writes to {@link FileStore#getFile()}.
     */
    public FileStore createFileStore(final String relativePath) throws java.io.IOException {
        java.nio.file.Path root = WorkflowContext.executionDirectory(this);
        java.nio.file.Path file = root.resolve(relativePath).normalize();
        if (!file.startsWith(root) || relativePath.isBlank()) {
            throw new java.io.IOException("Invalid file store name: '" + relativePath + "'");
        }
        if (java.nio.file.Files.exists(file)) {
            throw new java.io.IOException("File store '" + relativePath + "' already exists");
        }
        java.nio.file.Files.createDirectories(file.getParent());
        try {
            java.lang.reflect.Constructor<FileStore> c = FileStore.class.getDeclaredConstructor(java.io.File.class);
            c.setAccessible(true);
            return c.newInstance(file.toFile());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Replica wiring broken: FileStore constructor", e);
        }
    }

    public BufferedDataContainer createDataContainer(final DataTableSpec spec) {
        return new BufferedDataContainer(spec);
    }

    public BufferedDataContainer createDataContainer(final DataTableSpec spec, final boolean initDomain) {
        return new BufferedDataContainer(spec);
    }

    public BufferedDataTable createBufferedDataTable(final DataTable table, final ExecutionMonitor subProgressMon)
        throws CanceledExecutionException {
        if (table instanceof BufferedDataTable b) {
            return b;
        }
        BufferedDataContainer c = createDataContainer(table.getDataTableSpec());
        for (DataRow row : table) {
            subProgressMon.checkCanceled();
            c.addRowToTable(row);
        }
        c.close();
        return c.getTable();
    }

    public BufferedDataTable createColumnRearrangeTable(final BufferedDataTable in,
        final ColumnRearranger rearranger, final ExecutionMonitor subProgressMon) throws CanceledExecutionException {
        DataTableSpec spec = rearranger.createSpec();
        return new BufferedDataTable(spec, applyRearranger(rearranger, in, subProgressMon));
    }

    public BufferedDataTable createSpecReplacerTable(final BufferedDataTable in, final DataTableSpec newSpec) {
        if (newSpec.getNumColumns() != in.getSpec().getNumColumns()) {
            throw new IllegalArgumentException("Column count of new spec does not match the table");
        }
        return new BufferedDataTable(newSpec, in.rows());
    }

    public BufferedDataTable createConcatenateTable(final ExecutionMonitor exec, final BufferedDataTable... tables)
        throws CanceledExecutionException {
        BufferedDataContainer c = createDataContainer(tables[0].getSpec());
        for (BufferedDataTable t : tables) {
            if (!t.getSpec().equalStructure(tables[0].getSpec())) {
                throw new IllegalArgumentException("Tables to concatenate have different structures");
            }
            for (DataRow row : t) {
                exec.checkCanceled();
                c.addRowToTable(row);
            }
        }
        c.close();
        return c.getTable();
    }

    public BufferedDataTable createVoidTable(final DataTableSpec spec) {
        return new BufferedDataTable(spec, List.of());
    }

    public void clearTable(final BufferedDataTable table) {
        // in-memory tables are reclaimed by the garbage collector
    }

    public ExecutionContext createSubExecutionContext(final double maxProg) {
        return new ExecutionContext(this, maxProg, false);
    }

    public ExecutionContext createSilentSubExecutionContext(final double maxProg) {
        return new ExecutionContext(this, maxProg, true);
    }

    @SuppressWarnings("unchecked")
    private static List<DataRow> applyRearranger(final ColumnRearranger r, final BufferedDataTable in,
        final ExecutionMonitor exec) throws CanceledExecutionException {
        try {
            Method apply = ColumnRearranger.class.getDeclaredMethod("apply", DataTable.class, long.class,
                ExecutionMonitor.class);
            apply.setAccessible(true);
            return new ArrayList<>((List<DataRow>)apply.invoke(r, in, in.size(), exec));
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof CanceledExecutionException c) {
                throw c;
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Replica wiring broken: ColumnRearranger.apply", e);
        }
    }
}
