package io.github.ladorules.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;

/**
 * Draws a table's bar chart with JFreeChart and writes it as inline SVG with JFreeSVG. The same table always gives
 * the same SVG text (the ids inside it are derived from the table's id), so the dashboard is byte-identical across
 * runs.
 */
final class ChartSvg {
    private static final int WIDTH = 560;
    /** Colours that stay apart for common colour-vision differences (Okabe and Ito). */
    private static final Color[] SERIES = {new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73),
            new Color(0xCC79A7)};

    private ChartSvg() {
    }

    static String draw(Table t) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (List<Table.Cell> row : t.rows()) {
            for (int column : t.chart().series()) {
                data.addValue(number(row.get(column).text()), t.columns().get(column), row.get(0).text());
            }
        }
        boolean legend = t.chart().series().size() > 1;
        JFreeChart chart = ChartFactory.createBarChart(null, null, t.chart().valueAxis(), data,
                t.chart().horizontal() ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL, legend, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xBBBBBB));
        plot.setOutlineVisible(false);
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
        plot.getDomainAxis().setTickLabelFont(font);
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.45f);
        plot.getRangeAxis().setTickLabelFont(font);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setItemMargin(0.05);
        for (int i = 0; i < t.chart().series().size(); i++) {
            renderer.setSeriesPaint(i, SERIES[i % SERIES.length]);
            renderer.setSeriesOutlineStroke(i, new BasicStroke(0f));
        }
        int bars = t.rows().size() * (t.chart().horizontal() ? t.chart().series().size() : 1);
        int height = t.chart().horizontal() ? Math.max(200, 70 + 22 * bars) : 300;
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, height);
        g.setDefsKeyPrefix("c-" + t.id() + "-");
        chart.draw(g, new Rectangle(0, 0, WIDTH, height));
        return g.getSVGElement("chart-" + t.id());
    }

    private static double number(String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
