package io.battlesim.tiktok.emulator.live;

import io.battlesim.tiktok.emulator.EmulatorResponse;
import io.battlesim.tiktok.emulator.LiveGift;
import io.battlesim.tiktok.emulator.http.ApiEnvelope;
import io.battlesim.tiktok.emulator.http.Exchange;
import io.battlesim.tiktok.emulator.http.Html;
import io.battlesim.tiktok.emulator.http.Responses;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The images LIVE frames point at: {@code GET /live/gifts/{id}.svg} (the gift's emoji on a badge coloured by
 * price) and {@code GET /live/avatars/{user_id}.svg} (a viewer's initial).
 */
final class LiveImages {

    static final String GIFTS = "/live/gifts/";
    static final String AVATARS = "/live/avatars/";
    private static final String SUFFIX = ".svg";
    private static final String[] COLOURS = {"#FE2C55", "#25F4EE", "#7F5AF0", "#FF8A00", "#2CB67D", "#0072FF"};

    private final ViewerPool viewers;

    LiveImages(ViewerPool viewers) {
        this.viewers = viewers;
    }

    EmulatorResponse gift(Exchange exchange) {
        return name(exchange, GIFTS)
                .flatMap(GiftCatalogue::find)
                .map(gift -> Responses.svg(badge(GiftCatalogue.emoji(gift), gift.name(), colour(gift))))
                .orElseGet(() -> notFound("No gift has this image.", exchange));
    }

    EmulatorResponse avatar(Exchange exchange) {
        Optional<String> userId = name(exchange, AVATARS);
        if (userId.isEmpty() || !userId.get().matches("[0-9]{1,20}")) {
            return notFound("No viewer has this avatar.", exchange);
        }
        String nickname = Stream.concat(viewers.regulars().stream(), viewers.generated().stream())
                .filter(viewer -> viewer.userId().equals(userId.get()))
                .map(Viewer::nickname)
                .findFirst()
                .orElse("?");
        String initial = nickname.codePoints()
                .filter(Character::isLetterOrDigit)
                .limit(1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        String colour = COLOURS[Math.floorMod(userId.get().hashCode(), COLOURS.length)];
        return Responses.svg(badge(initial.isEmpty() ? "?" : initial.toUpperCase(), nickname, colour));
    }

    private static Optional<String> name(Exchange exchange, String prefix) {
        String path = exchange.request().path();
        return path.endsWith(SUFFIX)
                ? Optional.of(path.substring(prefix.length(), path.length() - SUFFIX.length()))
                : Optional.empty();
    }

    private static String colour(LiveGift gift) {
        return gift.diamondCount() >= 1000 ? "#7F5AF0" : gift.diamondCount() >= 100 ? "#FF8A00" : "#FE2C55";
    }

    private static String badge(String symbol, String label, String colour) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"96\" height=\"96\" viewBox=\"0 0 100 100\""
                + " role=\"img\" aria-label=\"" + Html.escape(label) + "\"><circle cx=\"50\" cy=\"50\" r=\"48\" fill=\""
                + colour + "\" fill-opacity=\".18\" stroke=\"" + colour + "\" stroke-width=\"3\"/>"
                + "<text x=\"50\" y=\"50\" dy=\".35em\" text-anchor=\"middle\" font-size=\"46\""
                + " font-family=\"Apple Color Emoji,Segoe UI Emoji,Noto Color Emoji,sans-serif\">" + Html.escape(symbol)
                + "</text></svg>";
    }

    private static EmulatorResponse notFound(String message, Exchange exchange) {
        return ApiEnvelope.error(404, "not_found", message, exchange.logId());
    }
}
