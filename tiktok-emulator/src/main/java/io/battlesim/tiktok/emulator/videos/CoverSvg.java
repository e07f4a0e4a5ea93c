package io.battlesim.tiktok.emulator.videos;

import io.battlesim.tiktok.emulator.http.Html;
import java.util.ArrayList;
import java.util.List;

/** Draws a video's cover: the creator's colours, the title in a few lines, a play mark and the duration. */
final class CoverSvg {

    private static final String[][] GRADIENTS = {
        {"#25F4EE", "#FE2C55"}, {"#7F5AF0", "#2CB67D"}, {"#FF8A00", "#E52E71"}, {"#00C6FF", "#0072FF"},
        {"#F7971E", "#E94057"}, {"#8E2DE2", "#4A00E0"}, {"#11998E", "#38EF7D"}, {"#FC466B", "#3F5EFB"}
    };
    private static final int WIDTH = 360;
    private static final int LINE_LENGTH = 16;
    private static final int MAX_LINES = 4;

    private CoverSvg() {}

    static String render(Video video, String username) {
        int height = Math.round(WIDTH * (float) video.height() / video.width());
        String[] colours =
                GRADIENTS[Math.floorMod(username.hashCode() + video.id().hashCode(), GRADIENTS.length)];
        StringBuilder svg = new StringBuilder()
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
                .append(WIDTH)
                .append("\" height=\"")
                .append(height)
                .append("\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(height)
                .append("\" role=\"img\" aria-label=\"")
                .append(Html.escape(video.title()))
                .append("\"><defs><linearGradient id=\"g\" x1=\"0\" y1=\"0\" x2=\"1\" y2=\"1\"><stop offset=\"0\"")
                .append(" stop-color=\"")
                .append(colours[0])
                .append("\"/><stop offset=\"1\" stop-color=\"")
                .append(colours[1])
                .append("\"/></linearGradient></defs><rect width=\"100%\" height=\"100%\" fill=\"url(#g)\"/>")
                .append("<g font-family=\"-apple-system,Segoe UI,Roboto,Helvetica,Arial,sans-serif\" fill=\"#fff\">")
                .append("<text x=\"")
                .append(WIDTH - 16)
                .append("\" y=\"34\" text-anchor=\"end\" font-size=\"18\">")
                .append(video.duration() / 60)
                .append(':')
                .append(String.format("%02d", video.duration() % 60))
                .append("</text>");
        int y = height / 2 - 40;
        for (String line : lines(video.title())) {
            svg.append("<text x=\"24\" y=\"")
                    .append(y)
                    .append("\" font-size=\"30\" font-weight=\"700\">")
                    .append(Html.escape(line))
                    .append("</text>");
            y += 38;
        }
        return svg.append("<path d=\"M")
                .append(WIDTH / 2 - 22)
                .append(' ')
                .append(height - 150)
                .append("l48 28-48 28z\" opacity=\".85\"/><text x=\"24\" y=\"")
                .append(height - 28)
                .append("\" font-size=\"20\">@")
                .append(Html.escape(username))
                .append("</text></g></svg>")
                .toString();
    }

    // Wraps at spaces where it can, by code points so emoji and CJK stay whole.
    static List<String> lines(String title) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : title.split(" ")) {
            while (word.codePointCount(0, word.length()) > LINE_LENGTH) {
                flush(lines, line);
                int cut = word.offsetByCodePoints(0, LINE_LENGTH);
                lines.add(word.substring(0, cut));
                word = word.substring(cut);
            }
            int length = line.codePointCount(0, line.length());
            if (length > 0 && length + 1 + word.codePointCount(0, word.length()) > LINE_LENGTH) {
                flush(lines, line);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        flush(lines, line);
        if (lines.size() > MAX_LINES) {
            List<String> kept = new ArrayList<>(lines.subList(0, MAX_LINES));
            kept.set(MAX_LINES - 1, kept.get(MAX_LINES - 1) + "…");
            return kept;
        }
        return lines;
    }

    private static void flush(List<String> lines, StringBuilder line) {
        if (!line.isEmpty()) {
            lines.add(line.toString());
            line.setLength(0);
        }
    }
}
