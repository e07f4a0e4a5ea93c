package io.battlesim.engine.audience;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * Resolves what viewers call a side: its whole label ("teamblue", or "team blue" as separate words), its number
 * ("1"), its letter ("a"), its label's first word when no other side's label starts with it, or its id ("s1").
 *
 * <p>Labels are untrusted display names, so a reference can fit two sides (a side labelled "B" and the second
 * side's letter b). The kinds of reference are tried in the order above and the first kind that fits wins; two
 * sides fitting the same kind is ambiguous, and ambiguity is never guessed.
 */
final class SideNames {

    /** The label's words, whole label and first word are normalised and compacted; firstWord is "" when shared. */
    private record Side(int index, List<String> words, String label, String firstWord) {}

    private static final List<BiPredicate<Side, String>> REFERENCE_KINDS = List.of(
            (side, reference) -> side.label().equals(reference),
            (side, reference) -> reference.equals(Integer.toString(side.index() + 1)),
            (side, reference) -> reference.length() == 1 && reference.charAt(0) == 'a' + side.index(),
            (side, reference) -> side.firstWord().equals(reference),
            (side, reference) -> reference.equals("s" + (side.index() + 1)));

    private final List<Side> sides;

    SideNames(List<String> labels) {
        List<List<String>> words = new ArrayList<>(labels.size());
        for (String label : labels) {
            words.add(labelWords(label));
        }
        List<Side> all = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            List<String> own = words.get(i);
            String first = own.isEmpty() || startsOtherLabel(words, i) ? "" : own.get(0);
            all.add(new Side(i, own, String.join("", own), first));
        }
        this.sides = List.copyOf(all);
    }

    /** Reads a side at {@code start} of a command's words, preferring the longest label spelled out in words. */
    Optional<Argument<Integer>> read(List<String> words, int start) {
        if (start >= words.size()) {
            return Optional.empty();
        }
        List<Side> spelled = longestSpelledOut(words, start);
        if (spelled.isEmpty()) {
            return find(ChatText.compact(words.get(start))).map(index -> new Argument<>(index, start + 1));
        }
        if (spelled.size() > 1) {
            return Optional.empty();
        }
        Side side = spelled.get(0);
        return Optional.of(new Argument<>(side.index(), start + side.words().size()));
    }

    /** The one side a single compacted reference names, if exactly one fits its strongest kind; "" names none. */
    Optional<Integer> find(String reference) {
        if (reference.isEmpty()) {
            return Optional.empty();
        }
        for (BiPredicate<Side, String> kind : REFERENCE_KINDS) {
            Optional<Integer> found = Optional.empty();
            int fits = 0;
            for (Side side : sides) {
                if (kind.test(side, reference)) {
                    fits++;
                    found = Optional.of(side.index());
                }
            }
            if (fits > 0) {
                return fits == 1 ? found : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static List<String> labelWords(String label) {
        List<String> words = new ArrayList<>();
        for (String word : ChatText.normalise(label).split(" ")) {
            String compact = ChatText.compact(word);
            if (!compact.isEmpty()) {
                words.add(compact);
            }
        }
        return List.copyOf(words);
    }

    private static boolean startsOtherLabel(List<List<String>> words, int side) {
        String first = words.get(side).get(0);
        for (int other = 0; other < words.size(); other++) {
            if (other != side
                    && !words.get(other).isEmpty()
                    && words.get(other).get(0).equals(first)) {
                return true;
            }
        }
        return false;
    }

    /** Several sides only when their labels have the same words: ambiguous. */
    private List<Side> longestSpelledOut(List<String> words, int start) {
        List<Side> longest = new ArrayList<>();
        for (Side side : sides) {
            int size = side.words().size();
            if (size > 1 && spells(side, words, start)) {
                if (!longest.isEmpty() && size > longest.get(0).words().size()) {
                    longest.clear();
                }
                if (longest.isEmpty() || size == longest.get(0).words().size()) {
                    longest.add(side);
                }
            }
        }
        return longest;
    }

    private static boolean spells(Side side, List<String> words, int start) {
        if (start + side.words().size() > words.size()) {
            return false;
        }
        for (int i = 0; i < side.words().size(); i++) {
            if (!side.words().get(i).equals(ChatText.compact(words.get(start + i)))) {
                return false;
            }
        }
        return true;
    }
}
