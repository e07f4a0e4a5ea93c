package io.battlesim.engine.audience;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How viewers write chat commands: {@code !vote a}, {@code !boost glove a} or a {@code #a} hashtag.
 *
 * <p>The prefix and the words are stored normalised the way comments are (NFKC-like folding, no accents, lower
 * case), so {@code "VOTE"} and {@code "vote"} are the same word.
 *
 * @param prefix what starts a command; 1 to 3 characters, none of them whitespace, a letter or a digit
 * @param voteWords words that vote for a side; a non-empty list of words of 1 to 20 letters (any script)
 * @param boostWords words that vote for a booster on a side; same rules, and none of them may be a vote word
 * @param hashtags whether a {@code #side} anywhere in a comment votes for that side
 */
public record ChatSyntax(String prefix, List<String> voteWords, List<String> boostWords, boolean hashtags) {

    private static final int MAX_PREFIX = 3;
    private static final int MAX_WORD = 20;

    public ChatSyntax {
        prefix = checkPrefix(Objects.requireNonNull(prefix, "prefix must not be null"));
        voteWords = checkWords("voteWords", Objects.requireNonNull(voteWords, "voteWords must not be null"));
        boostWords = checkWords("boostWords", Objects.requireNonNull(boostWords, "boostWords must not be null"));
        for (String word : voteWords) {
            if (boostWords.contains(word)) {
                throw new IllegalArgumentException(
                        "voteWords and boostWords must not overlap but both hold '" + word + "'");
            }
        }
    }

    /** {@code !vote a}, {@code !v a}, {@code !boost glove a}, {@code !b glove a} and hashtags; never null. */
    public static ChatSyntax standard() {
        return new ChatSyntax("!", List.of("vote", "v"), List.of("boost", "b"), true);
    }

    private static String checkPrefix(String raw) {
        String prefix = ChatText.normalise(raw);
        int length = prefix.codePointCount(0, prefix.length());
        if (ChatText.anyCodePoint(raw, ChatText::isSeparator)
                || length < 1
                || length > MAX_PREFIX
                || ChatText.anyCodePoint(prefix, Character::isLetterOrDigit)) {
            throw new IllegalArgumentException("prefix must be 1 to " + MAX_PREFIX
                    + " characters, without whitespace, letters or digits, but was '" + raw + "'");
        }
        return prefix;
    }

    private static List<String> checkWords(String field, List<String> raw) {
        if (raw.isEmpty()) {
            throw new IllegalArgumentException(field + " must not be empty");
        }
        List<String> words = new ArrayList<>(raw.size());
        for (String word : raw) {
            words.add(checkWord(field, Objects.requireNonNull(word, field + " must not hold null")));
        }
        return List.copyOf(words);
    }

    private static String checkWord(String field, String raw) {
        String word = ChatText.normalise(raw);
        int length = word.codePointCount(0, word.length());
        if (length < 1 || length > MAX_WORD || ChatText.anyCodePoint(word, cp -> !ChatText.isLetterLike(cp))) {
            throw new IllegalArgumentException(
                    field + " must hold words of 1 to " + MAX_WORD + " letters but held '" + raw + "'");
        }
        return word;
    }
}
