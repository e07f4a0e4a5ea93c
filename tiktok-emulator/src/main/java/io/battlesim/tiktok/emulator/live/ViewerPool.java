package io.battlesim.tiktok.emulator.live;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * The viewers of every room, generated from the seed: a few fixed characters that every room has (emoji
 * nicknames, one made of HTML) and a few hundred generated ones that rooms sample from, so some viewers watch
 * several creators.
 */
final class ViewerPool {

    private static final int GENERATED = 320;
    private static final String[] NAMES = {
        "Mara", "Jonas", "Priya", "Diego", "Hana", "Tobi", "Lea", "Marco", "Aylin", "Noor", "Felix", "Sofia", "Ken",
        "Ines", "Omar", "Yuki", "Lars", "Amara", "Ravi", "Chloé", "Mateo", "Sven", "Lina", "Kofi", "Elif", "Joon",
        "Maya", "Bruno", "Freya", "Tariq", "Nina", "Emil", "Zara", "Luca", "Ada", "Theo", "Imani", "Rui", "Vera",
        "Finn"
    };
    private static final String[] TAGS = {"", "", "", " ✨", " 🌸", " 🎧", " 💜", " 🔥", " 🍀", " 🐾"};
    private static final String[] STYLES = {"%s", "%s%s", "%s_%d", "xX_%s_Xx", "%s.official", "its%s", "%s%d"};

    private final List<Viewer> regulars;
    private final List<Viewer> generated;

    ViewerPool(long seed) {
        RandomGenerator random = new SplittableRandom(seed ^ 0x5EED_0F_71E3E55L);
        Set<String> handles = new HashSet<>();
        this.regulars = regulars(random);
        regulars.forEach(viewer -> handles.add(viewer.uniqueId()));
        List<Viewer> all = new ArrayList<>();
        while (all.size() < GENERATED) {
            Viewer viewer = generate(random);
            if (handles.add(viewer.uniqueId())) {
                all.add(viewer);
            }
        }
        this.generated = List.copyOf(all);
    }

    /** The characters every room has. */
    List<Viewer> regulars() {
        return regulars;
    }

    /** The generated viewers rooms sample from. */
    List<Viewer> generated() {
        return generated;
    }

    private static List<Viewer> regulars(RandomGenerator random) {
        return List.of(
                new Viewer(Ids.userId(random), "xss.tester", "<img src=x onerror=alert(1)>", false, 2.0),
                new Viewer(Ids.userId(random), "rosa.rose", "🌹 Rosa Rosé ✨", false, 1.6),
                new Viewer(Ids.userId(random), "xiaolong88", "小龙 🐉", false, 1.0),
                new Viewer(Ids.userId(random), "zoe.and.friends", "Zoë & \"Friends\"", false, 1.0),
                new Viewer(Ids.userId(random), "diamond.dan", "💎 Diamond Dan 💎", true, 1.4),
                new Viewer(Ids.userId(random), "fire.fire.fire", "🔥🔥🔥", false, 0.8));
    }

    private static Viewer generate(RandomGenerator random) {
        String name = NAMES[random.nextInt(NAMES.length)];
        String style = STYLES[random.nextInt(STYLES.length)];
        int number = random.nextInt(2, 2_000);
        String handle = String.format(Locale.ROOT, style, ascii(name).toLowerCase(Locale.ROOT), number);
        String nickname = random.nextInt(3) == 0 ? handle : name + TAGS[random.nextInt(TAGS.length)];
        boolean bigSpender = random.nextDouble() < 0.04;
        double generosity = bigSpender ? 2.0 : Math.exp(random.nextGaussian() * 0.8);
        return new Viewer(Ids.userId(random), handle, nickname, bigSpender, generosity);
    }

    private static String ascii(String name) {
        return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
                .replaceAll("[^A-Za-z0-9]", "");
    }
}
