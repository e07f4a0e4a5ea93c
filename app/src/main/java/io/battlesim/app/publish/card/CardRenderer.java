package io.battlesim.app.publish.card;

import io.battlesim.app.publish.template.BattleResult;
import io.battlesim.app.publish.template.Graphemes;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Draws a battle's result card as a 1080×1350 JPEG (TikTok takes JPEG or WebP photos up to 1080p). Names are
 * untrusted: they are only ever drawn as plain text (Java2D interprets no markup) and cut to fit, never
 * mid-grapheme. No logo or watermark is added, as TikTok's guidelines ask.
 */
public final class CardRenderer {

    public static final int WIDTH = 1080;
    public static final int HEIGHT = 1350;

    private static final Color BACKGROUND_TOP = new Color(0x16, 0x18, 0x23);
    private static final Color BACKGROUND_BOTTOM = new Color(0x25, 0x0f, 0x2e);
    private static final Color[] SIDE_COLOURS = {new Color(0xfe, 0x2c, 0x55), new Color(0x25, 0xf4, 0xee)};
    private static final Color TEXT = new Color(0xf5, 0xf5, 0xf7);
    private static final Color MUTED = new Color(0xb0, 0xb3, 0xc0);
    private static final int MARGIN = 72;

    /** The card as JPEG bytes. */
    public byte[] render(BattleResult result) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setPaint(new GradientPaint(0, 0, BACKGROUND_TOP, 0, HEIGHT, BACKGROUND_BOTTOM));
            g.fillRect(0, 0, WIDTH, HEIGHT);
            drawTitle(g, result);
            drawSides(g, result);
            drawOutcome(g, result);
        } finally {
            g.dispose();
        }
        return jpeg(image);
    }

    private void drawTitle(Graphics2D g, BattleResult result) {
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 56));
        g.setColor(TEXT);
        centred(g, fit(g, result.title(), WIDTH - 2 * MARGIN), 150);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 32));
        g.setColor(MUTED);
        centred(g, "Battle result", 205);
    }

    private void drawSides(Graphics2D g, BattleResult result) {
        List<BattleResult.Side> sides = result.sides();
        int columns = Math.min(sides.size(), 4);
        int columnWidth = (WIDTH - 2 * MARGIN) / columns;
        for (int i = 0; i < columns; i++) {
            drawSide(g, sides.get(i), MARGIN + i * columnWidth, columnWidth, SIDE_COLOURS[i % SIDE_COLOURS.length]);
        }
    }

    private void drawSide(Graphics2D g, BattleResult.Side side, int x, int width, Color colour) {
        int inner = width - 40;
        g.setColor(colour);
        g.setStroke(new BasicStroke(6));
        g.drawRoundRect(x + 10, 280, width - 20, 760, 40, 40);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 44));
        g.setColor(TEXT);
        centredIn(g, fit(g, side.label(), inner), x, width, 370);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 110));
        g.setColor(colour);
        centredIn(g, fit(g, NumberFormat.getIntegerInstance(Locale.ROOT).format(side.score()), inner), x, width, 520);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 30));
        g.setColor(MUTED);
        centredIn(g, "Top gifters", x, width, 640);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 36));
        g.setColor(TEXT);
        List<String> gifters = side.topGifters();
        for (int i = 0; i < gifters.size(); i++) {
            centredIn(g, fit(g, (i + 1) + ". " + gifters.get(i), inner), x, width, 710 + i * 70);
        }
    }

    private void drawOutcome(Graphics2D g, BattleResult result) {
        String outcome = result.tie() ? "It's a tie!" : result.winnerLabel() + " wins!";
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 72));
        g.setColor(TEXT);
        centred(g, fit(g, outcome, WIDTH - 2 * MARGIN), 1180);
    }

    /** {@code text} cut (with "…") to fit {@code maxWidth} pixels in the current font, never mid-grapheme. */
    static String fit(Graphics2D g, String text, int maxWidth) {
        String clean = text.replaceAll("\\p{Cntrl}", " ").strip();
        FontMetrics metrics = g.getFontMetrics();
        if (metrics.stringWidth(clean) <= maxWidth) {
            return clean;
        }
        int units = clean.length();
        String cut = clean;
        while (units > 0 && metrics.stringWidth(cut) > maxWidth) {
            units = Math.max(0, units - Math.max(1, units / 10));
            cut = Graphemes.truncate(clean, units);
        }
        return cut;
    }

    private static void centred(Graphics2D g, String text, int baseline) {
        centredIn(g, text, 0, WIDTH, baseline);
    }

    private static void centredIn(Graphics2D g, String text, int x, int width, int baseline) {
        int textWidth = g.getFontMetrics().stringWidth(text);
        g.drawString(text, x + (width - textWidth) / 2, baseline);
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
