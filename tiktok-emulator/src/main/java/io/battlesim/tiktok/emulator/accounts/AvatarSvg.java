package io.battlesim.tiktok.emulator.accounts;

import io.battlesim.tiktok.emulator.SandboxAccount;
import io.battlesim.tiktok.emulator.http.Html;
import java.util.List;

/** Draws an account's avatar: its initials on a colour gradient picked from the seed. */
final class AvatarSvg {

    private static final List<String[]> GRADIENTS = List.of(
            new String[] {"#25F4EE", "#FE2C55"},
            new String[] {"#7F5AF0", "#2CB67D"},
            new String[] {"#FF8A00", "#E52E71"},
            new String[] {"#00C6FF", "#0072FF"},
            new String[] {"#F7971E", "#E94057"},
            new String[] {"#8E2DE2", "#4A00E0"},
            new String[] {"#11998E", "#38EF7D"},
            new String[] {"#FC466B", "#3F5EFB"},
            new String[] {"#F953C6", "#B91D73"},
            new String[] {"#43C6AC", "#191654"});

    private final long seed;

    AvatarSvg(long seed) {
        this.seed = seed;
    }

    String render(SandboxAccount account, int size) {
        String[] colours = GRADIENTS.get(Math.floorMod(account.username().hashCode() + seed, GRADIENTS.size()));
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + size + "\" height=\"" + size
                + "\" viewBox=\"0 0 100 100\" role=\"img\" aria-label=\"" + Html.escape(account.displayName())
                + "\"><defs><linearGradient id=\"g\" x1=\"0\" y1=\"0\" x2=\"1\" y2=\"1\">"
                + "<stop offset=\"0\" stop-color=\"" + colours[0] + "\"/>"
                + "<stop offset=\"1\" stop-color=\"" + colours[1] + "\"/></linearGradient></defs>"
                + "<rect width=\"100\" height=\"100\" fill=\"url(#g)\"/>"
                + "<text x=\"50\" y=\"50\" dy=\".35em\" text-anchor=\"middle\" fill=\"#fff\" font-size=\"40\""
                + " font-weight=\"700\" font-family=\"-apple-system,Segoe UI,Roboto,Helvetica,Arial,sans-serif\">"
                + Html.escape(initials(account)) + "</text></svg>";
    }

    static String initials(SandboxAccount account) {
        StringBuilder initials = new StringBuilder();
        for (String word : account.displayName().split("\\s+")) {
            word.codePoints()
                    .filter(Character::isLetterOrDigit)
                    .findFirst()
                    .ifPresent(letter -> initials.appendCodePoint(Character.toUpperCase(letter)));
            if (initials.codePointCount(0, initials.length()) == 2) {
                break;
            }
        }
        return initials.isEmpty() ? account.username().substring(0, 1).toUpperCase() : initials.toString();
    }
}
