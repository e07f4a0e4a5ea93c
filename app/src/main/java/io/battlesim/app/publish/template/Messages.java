package io.battlesim.app.publish.template;

import java.util.Locale;
import java.util.Map;

/** The few sentences of generated posts, per language. */
final class Messages {

    private static final Map<String, Map<String, String>> TEXTS = Map.of(
            "en",
                    Map.of(
                            "won", "%s wins %s",
                            "tie", "Tie at %s",
                            "gifters", "Top gifters",
                            "thanks", "Thanks to everyone who joined the battle!",
                            "breaking", "Breaking"),
            "de",
                    Map.of(
                            "won", "%s gewinnt %s",
                            "tie", "Unentschieden %s",
                            "gifters", "Top-Unterstützer",
                            "thanks", "Danke an alle, die beim Battle dabei waren!",
                            "breaking", "Eilmeldung"),
            "es",
                    Map.of(
                            "won", "%s gana %s",
                            "tie", "Empate %s",
                            "gifters", "Mejores donantes",
                            "thanks", "¡Gracias a todos los que se unieron a la batalla!",
                            "breaking", "Última hora"));

    private Messages() {}

    static String supported(String language) {
        String code = language == null ? "" : language.strip().toLowerCase(Locale.ROOT);
        return TEXTS.containsKey(code) ? code : "en";
    }

    static String text(String language, String key) {
        return TEXTS.get(supported(language)).get(key);
    }
}
