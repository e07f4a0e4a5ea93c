package io.battlesim.app.publish.card;

import io.battlesim.app.publish.card.TextFitter.Style;
import java.awt.Color;
import java.util.List;

/**
 * Where everything on a card goes, decided before anything is drawn so the text it chose can be checked.
 *
 * @param lines every line of text
 * @param boxes the outlined box of each side
 */
record CardLayout(List<Line> lines, List<Box> boxes) {

    CardLayout {
        lines = List.copyOf(lines);
        boxes = List.copyOf(boxes);
    }

    /** A line of text centred between {@code left} and {@code left + width}, already fitted to that width. */
    record Line(String text, Style style, Color colour, float left, float width, float baseline) {}

    /** A side's rounded box. */
    record Box(int x, int y, int width, int height, Color colour) {}
}
