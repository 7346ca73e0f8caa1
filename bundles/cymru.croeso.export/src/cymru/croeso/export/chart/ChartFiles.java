package cymru.croeso.export.chart;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUnits;
import org.jfree.svg.SVGUtils;
import org.jfree.svg.ViewBox;

import com.orsonpdf.PDFDocument;
import com.orsonpdf.PDFGraphics2D;
import com.orsonpdf.Page;

/** Writes a chart as a board-paper figure: PNG at 300 dpi, SVG or PDF, all at the same size in points. */
public final class ChartFiles {
    /** 170 mm: the text width of an A4 page with 20 mm margins, so the figure prints at 100 %. */
    public static final double WIDTH_POINTS = 170 / 25.4 * 72;
    /** A 1.6:1 frame, short enough for two figures to a page. */
    public static final double HEIGHT_POINTS = WIDTH_POINTS / 1.6;
    public static final int DPI = 300;
    private static final String PNG_METADATA = "javax_imageio_png_1.0";

    private ChartFiles() {
    }

    public static void write(JFreeChart chart, ChartFormat format, Path file) throws IOException {
        switch (format) {
            case PNG -> png(chart, file);
            case SVG -> svg(chart, file);
            case PDF -> pdf(chart, file);
        }
    }

    /** Drawn at the points size scaled by 300/72, with the PNG's pHYs chunk saying 300 dpi. */
    public static void png(JFreeChart chart, Path file) throws IOException {
        double scale = DPI / 72.0;
        BufferedImage image = new BufferedImage((int) Math.round(WIDTH_POINTS * scale),
                (int) Math.round(HEIGHT_POINTS * scale), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.scale(scale, scale);
            chart.draw(g, new Rectangle2D.Double(0, 0, WIDTH_POINTS, HEIGHT_POINTS));
        } finally {
            g.dispose();
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (OutputStream out = Files.newOutputStream(file); ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
            metadata.mergeTree(PNG_METADATA, dpiTree());
            writer.setOutput(ios);
            writer.write(null, new IIOImage(image, null, metadata), param);
        } finally {
            writer.dispose();
        }
    }

    /** The PNG's own pHYs chunk, written directly: the JDK mis-converts the standard tree's pixel size. */
    private static IIOMetadataNode dpiTree() {
        String perMetre = String.valueOf(Math.round(DPI / 0.0254));
        IIOMetadataNode phys = new IIOMetadataNode("pHYs");
        phys.setAttribute("pixelsPerUnitXAxis", perMetre);
        phys.setAttribute("pixelsPerUnitYAxis", perMetre);
        phys.setAttribute("unitSpecifier", "meter");
        IIOMetadataNode root = new IIOMetadataNode(PNG_METADATA);
        root.appendChild(phys);
        return root;
    }

    public static void svg(JFreeChart chart, Path file) throws IOException {
        SVGGraphics2D g = new SVGGraphics2D(WIDTH_POINTS, HEIGHT_POINTS, SVGUnits.PT);
        chart.draw(g, new Rectangle2D.Double(0, 0, WIDTH_POINTS, HEIGHT_POINTS));
        // sized in points, with a view box so the drawing's units (points too) fill it
        SVGUtils.writeToSVG(file.toFile(), g.getSVGElement(null, true, new ViewBox(0, 0, WIDTH_POINTS, HEIGHT_POINTS),
                null, null));
    }

    public static void pdf(JFreeChart chart, Path file) {
        PDFDocument pdf = new PDFDocument();
        pdf.setTitle(chart.getTitle() == null ? "" : chart.getTitle().getText());
        pdf.setAuthor("Croeso");
        Page page = pdf.createPage(new Rectangle2D.Double(0, 0, WIDTH_POINTS, HEIGHT_POINTS));
        PDFGraphics2D g = page.getGraphics2D();
        chart.draw(g, new Rectangle2D.Double(0, 0, WIDTH_POINTS, HEIGHT_POINTS));
        pdf.writeToFile(file.toFile());
    }
}
