package io.battlesim.app.publish.card;

import io.battlesim.app.publish.card.CardLayout.Box;
import io.battlesim.app.publish.card.CardLayout.Line;
import io.battlesim.app.publish.card.TextFitter.Fitted;
import io.battlesim.app.publish.card.TextFitter.Style;
import io.battlesim.app.publish.template.BattleResult;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Draws a battle's result card as a 1080×1350 JPEG (TikTok takes JPEG or WebP photos up to 1080p), with the bundled
 * fonts only ({@link CardFonts}). Names are untrusted: cleaned ({@link CardText}), drawn as plain text, and fitted
 * by shrinking the type before cutting them with "…" at a grapheme boundary; a score is only ever shrunk, never cut.
 * No logo or watermark is added, as TikTok's guidelines ask.
 */
public final class CardRenderer {

    public static final int WIDTH = 1080;
    public static final int HEIGHT = 1350;

    private static final Color BACKGROUND_TOP = new Color(0x16, 0x18, 0x23);
    private static final Color BACKGROUND_BOTTOM = new Color(0x25, 0x0f, 0x2e);
    /** The scoreboard's side colours. */
    private static final Color[] SIDE_COLOURS = {
        new Color(0xfe, 0x2c, 0x55),
        new Color(0x25, 0xf4, 0xee),
        new Color(0xff, 0xb0, 0x20),
        new Color(0x9b, 0x5c, 0xff)
    };

    private static final Color TEXT = new Color(0xf5, 0xf5, 0xf7);
    private static final Color MUTED = new Color(0xb0, 0xb3, 0xc0);
    private static final int MARGIN = 72;
    private static final int CONTENT = WIDTH - 2 * MARGIN;
    private static final int BOXES_TOP = 290;
    private static final int BOXES_HEIGHT = 760;
    private static final int ROW_GAP = 20;
    private static final int MAX_COLUMNS = 4;
    /** Half the height of Noto Sans digits, in ems. */
    private static final float DIGIT_MIDDLE = 0.36f;

    /** Type sizes and offsets from a box's top, for one row of boxes and for two (five to eight sides). */
    private record SideMetrics(
            float label,
            int labelY,
            float score,
            int scoreY,
            float header,
            int headerY,
            float gifter,
            int gifterY,
            int gifterStep) {}

    private static final SideMetrics ONE_ROW = new SideMetrics(44, 90, 110, 240, 30, 360, 36, 430, 70);
    private static final SideMetrics TWO_ROWS = new SideMetrics(34, 56, 72, 148, 24, 198, 28, 246, 42);

    private final CardFonts fonts;
    private final TextFitter fitter;

    public CardRenderer() {
        this(CardFonts.bundled());
    }

    CardRenderer(CardFonts fonts) {
        this.fonts = fonts;
        this.fitter = new TextFitter(fonts);
    }

    /** The card as JPEG bytes. */
    public byte[] render(BattleResult result) {
        return jpeg(paint(layout(result)));
    }

    /** What goes where on the card of {@code result}. */
    CardLayout layout(BattleResult result) {
        List<Line> lines = new ArrayList<>();
        List<Box> boxes = new ArrayList<>();
        layoutTitle(result.title(), lines);
        layoutSides(result.sides(), lines, boxes);
        layoutOutcome(result, lines);
        return new CardLayout(lines, boxes);
    }

    private void layoutTitle(String title, List<Line> lines) {
        List<Fitted> fitted = fitter.wrapTwoLines(text(title), new Style(true, 56, false), 46, 40, CONTENT);
        float baseline = fitted.size() == 1 ? 150 : 118;
        for (Fitted line : fitted) {
            lines.add(line(line, TEXT, MARGIN, CONTENT, baseline));
            baseline += line.style().size() * 1.15f;
        }
        float subtitle = fitted.size() == 1 ? 210 : baseline + 4;
        lines.add(line(new Fitted("Battle result", new Style(false, 32, true)), MUTED, MARGIN, CONTENT, subtitle));
    }

    private void layoutSides(List<BattleResult.Side> sides, List<Line> lines, List<Box> boxes) {
        int rows = sides.size() > MAX_COLUMNS ? 2 : 1;
        int perRow = (sides.size() + rows - 1) / rows;
        int columnWidth = CONTENT / perRow;
        int rowHeight = (BOXES_HEIGHT - (rows - 1) * ROW_GAP) / rows;
        for (int i = 0; i < sides.size(); i++) {
            int row = i / perRow;
            int inRow = Math.min(perRow, sides.size() - row * perRow);
            int x = MARGIN + (CONTENT - inRow * columnWidth) / 2 + (i % perRow) * columnWidth;
            Box box = new Box(
                    x + 10,
                    BOXES_TOP + row * (rowHeight + ROW_GAP),
                    columnWidth - 20,
                    rowHeight,
                    SIDE_COLOURS[i % SIDE_COLOURS.length]);
            boxes.add(box);
            layoutSide(sides.get(i), box, rows == 1 ? ONE_ROW : TWO_ROWS, lines);
        }
    }

    private void layoutSide(BattleResult.Side side, Box box, SideMetrics m, List<Line> lines) {
        float inner = box.width() - 40;
        Style label = new Style(true, m.label(), false);
        lines.add(line(fitter.fit(text(side.label()), label, m.label() * 0.75f, inner), TEXT, box, m.labelY()));
        Fitted score = fitter.shrink(score(side.score()), new Style(true, m.score(), true), inner);
        float raise = (m.score() - score.style().size()) * DIGIT_MIDDLE; // a shrunk score stays centred on its row
        lines.add(line(score, box.colour(), box.x(), box.width(), box.y() + m.scoreY() - raise));
        lines.add(line(new Fitted("Top gifters", new Style(false, m.header(), true)), MUTED, box, m.headerY()));
        Style gifter = new Style(false, m.gifter(), true);
        List<String> gifters = side.topGifters();
        for (int i = 0; i < gifters.size(); i++) {
            Fitted line = fitter.fit((i + 1) + ". ", text(gifters.get(i)), "", gifter, m.gifter() * 0.75f, inner);
            lines.add(line(line, TEXT, box, m.gifterY() + i * m.gifterStep()));
        }
    }

    private void layoutOutcome(BattleResult result, List<Line> lines) {
        Style style = new Style(true, 72, true);
        Fitted outcome = result.tie()
                ? fitter.shrink("It's a tie!", style, CONTENT)
                : fitter.fit("", text(result.winnerLabel()), " wins!", style, 48, CONTENT);
        lines.add(line(outcome, TEXT, MARGIN, CONTENT, 1180));
    }

    /** How a score is written on the card: every digit, grouped by thousands. */
    static String score(long score) {
        return NumberFormat.getIntegerInstance(Locale.ROOT).format(score);
    }

    private String text(String untrusted) {
        return fonts.displayable(CardText.clean(untrusted));
    }

    private static Line line(Fitted fitted, Color colour, Box box, int offset) {
        return line(fitted, colour, box.x(), box.width(), box.y() + offset);
    }

    private static Line line(Fitted fitted, Color colour, float left, float width, float baseline) {
        return new Line(fitted.text(), fitted.style(), colour, left, width, baseline);
    }

    BufferedImage paint(CardLayout layout) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setPaint(new GradientPaint(0, 0, BACKGROUND_TOP, 0, HEIGHT, BACKGROUND_BOTTOM));
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setStroke(new BasicStroke(6));
            for (Box box : layout.boxes()) {
                g.setColor(box.colour());
                g.drawRoundRect(box.x(), box.y(), box.width(), box.height(), 40, 40);
            }
            for (Line line : layout.lines()) {
                draw(g, line);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private void draw(Graphics2D g, Line line) {
        if (line.text().isEmpty()) {
            return;
        }
        var text = fitter.layout(line.text(), line.style());
        g.setColor(line.colour());
        text.draw(g, line.left() + (line.width() - text.getAdvance()) / 2, line.baseline());
    }

    private static byte[] jpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        var bytes = new ByteArrayOutputStream();
        try (var out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.9f);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
