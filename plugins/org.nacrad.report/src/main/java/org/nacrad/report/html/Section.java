package org.nacrad.report.html;

import java.util.List;

import org.nacrad.learn.metrics.MeanSd;
import org.nacrad.report.input.SelectionCount;
import org.nacrad.report.tables.ModelComparison;
import org.nacrad.report.tables.Table1;

/**
 * Everything the report shows for one criterion. {@code summary} holds, per model (in {@code models} order), the
 * metric summaries in {@link org.nacrad.report.tables.Evaluation#metricNames()} order; figure names are relative to
 * the report.
 */
public record Section(String criterion, String title, List<String> groups, int[] groupSizes, List<String> models,
    String bestModel, int partitions, List<List<MeanSd>> summary, List<ModelComparison.Row> comparison,
    List<Table1.Row> table1, List<SelectionCount> topFeatures, String metricsFigure, String featuresFigure) {
}
