package io.battlesim.engine.audience;

import io.battlesim.engine.powerup.PowerUpKind;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads viewers' votes from LIVE chat comments: {@code !vote a}, {@code !boost glove a} (or {@code !boost a
 * glove}) and, when the syntax allows them, {@code #a} hashtags anywhere in a comment.
 *
 * <p>Comments are untrusted and arrive in floods, so {@link #parse} accepts any string, never throws, and gives up
 * at once on comments longer than {@value #MAX_LENGTH} characters. Matching ignores case, accents, character
 * width, zero-width and bidi characters (see {@link ChatSyntax} for the words). Instances are immutable and safe
 * to share between threads.
 */
public final class ChatCommands {

    /** Longer comments are never commands (TikTok itself caps comments far below this). */
    public static final int MAX_LENGTH = 500;

    /** The fewest sides a battle has. */
    public static final int MIN_SIDES = 2;

    /** The most sides a battle has; their letters run from a to h. */
    public static final int MAX_SIDES = 8;

    private final ChatSyntax syntax;
    private final SideNames sides;

    /**
     * @param syntax how commands are written; must not be null
     * @param sideLabels the sides' display names in side order, {@value #MIN_SIDES} to {@value #MAX_SIDES} of them;
     *     must not be null nor hold null, may be empty strings or hold emoji and any script
     */
    public ChatCommands(ChatSyntax syntax, List<String> sideLabels) {
        this.syntax = Objects.requireNonNull(syntax, "syntax must not be null");
        Objects.requireNonNull(sideLabels, "sideLabels must not be null");
        if (sideLabels.size() < MIN_SIDES || sideLabels.size() > MAX_SIDES) {
            throw new IllegalArgumentException(
                    "sideLabels must hold " + MIN_SIDES + " to " + MAX_SIDES + " sides but held " + sideLabels.size());
        }
        this.sides = new SideNames(List.copyOf(sideLabels));
    }

    /**
     * Reads the command in a chat comment.
     *
     * @param comment any text; must not be null
     * @return the command, or empty when the comment is not exactly one command; never null
     */
    public Optional<ChatCommand> parse(String comment) {
        Objects.requireNonNull(comment, "comment must not be null");
        if (comment.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String text = ChatText.normalise(comment);
        Optional<ChatCommand> command = prefixed(text);
        return command.isPresent() || !syntax.hashtags() ? command : hashtagged(text);
    }

    private Optional<ChatCommand> prefixed(String text) {
        if (!text.startsWith(syntax.prefix())) {
            return Optional.empty();
        }
        List<String> words = List.of(text.substring(syntax.prefix().length()).split(" ", -1));
        String verb = words.get(0);
        if (syntax.voteWords().contains(verb)) {
            return sides.read(words, 1).map(side -> new ChatCommand.Vote(side.value()));
        }
        if (syntax.boostWords().contains(verb)) {
            return boosterThenSide(words).or(() -> sideThenBooster(words));
        }
        return Optional.empty();
    }

    private Optional<ChatCommand> boosterThenSide(List<String> words) {
        return BoosterNames.read(words, 1)
                .flatMap(booster -> sides.read(words, booster.next()).map(side -> boost(booster, side)));
    }

    private Optional<ChatCommand> sideThenBooster(List<String> words) {
        return sides.read(words, 1)
                .flatMap(side -> BoosterNames.read(words, side.next()).map(booster -> boost(booster, side)));
    }

    private static ChatCommand boost(Argument<PowerUpKind> booster, Argument<Integer> side) {
        return new ChatCommand.Boost(booster.value(), side.value());
    }

    /** One side named by every known hashtag; unknown tags (#fyp) are ignored, two different sides are not. */
    private Optional<ChatCommand> hashtagged(String text) {
        int side = -1;
        for (int hash = text.indexOf('#'); hash >= 0; hash = text.indexOf('#', hash + 1)) {
            Optional<Integer> tagged = sides.find(ChatText.compact(tagAfter(text, hash)));
            if (tagged.isPresent() && side >= 0 && tagged.get() != side) {
                return Optional.empty();
            }
            side = tagged.orElse(side);
        }
        return side < 0 ? Optional.empty() : Optional.of(new ChatCommand.Vote(side));
    }

    /** A tag runs over word parts and {@code _}; punctuation, spaces and emoji end it. */
    private static String tagAfter(String text, int hash) {
        int end = hash + 1;
        while (end < text.length()) {
            int cp = text.codePointAt(end);
            if (cp != '_' && !ChatText.isWordPart(cp)) {
                break;
            }
            end += Character.charCount(cp);
        }
        return text.substring(hash + 1, end);
    }
}
