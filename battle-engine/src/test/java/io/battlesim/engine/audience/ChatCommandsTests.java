package io.battlesim.engine.audience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

import io.battlesim.engine.audience.ChatCommand.Boost;
import io.battlesim.engine.audience.ChatCommand.Vote;
import io.battlesim.engine.powerup.PowerUpKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChatCommandsTests {

    /** The labels from the brief: side 4 is labelled "B", which is also side 2's letter. */
    private static final List<String> LABELS = List.of("Ava ✨", "Team Blue", "さくら", "B");

    private static final ChatCommands STANDARD = new ChatCommands(ChatSyntax.standard(), LABELS);

    private static ChatCommands standard(String... labels) {
        return new ChatCommands(ChatSyntax.standard(), List.of(labels));
    }

    private static Optional<ChatCommand> vote(int side) {
        return Optional.of(new Vote(side));
    }

    private static Optional<ChatCommand> boost(PowerUpKind booster, int side) {
        return Optional.of(new Boost(booster, side));
    }

    @Nested
    class PrefixCommands {

        @ParameterizedTest(name = "\"{0}\" votes for side {1}")
        @CsvSource(
                delimiter = '|',
                value = {
                    "!vote a          | 0",
                    "!v a             | 0",
                    "!vote 2          | 1",
                    "!vote c          | 2",
                    "!vote 4          | 3",
                    "!vote s3         | 2",
                    "!vote ava        | 0",
                    "!vote teamblue   | 1",
                    "!vote team blue  | 1",
                    "!vote team       | 1",
                    "!vote さくら      | 2",
                    "!vote a pls 🙏    | 0",
                    "!vote a🔥         | 0",
                    "!vote #c         | 2",
                    "'   !vote a   '  | 0",
                    "!vote\ta         | 0",
                })
        void votesForTheSideNamed(String comment, int side) {
            assertThat(STANDARD.parse(comment)).isEqualTo(vote(side));
        }

        @ParameterizedTest(name = "\"{0}\" is not a command")
        @ValueSource(
                strings = {
                    "",
                    " ",
                    "!",
                    "!vote",
                    "!vote ",
                    "!vote 9",
                    "!vote 0",
                    "!vote 5",
                    "!vote e",
                    "!vote s5",
                    "!vote nobody",
                    "!votes a",
                    "!voting a",
                    "vote a",
                    "!!vote a",
                    "! vote a",
                    "!vote, a",
                    "hello !vote a",
                    "!boost",
                    "!boost a",
                    "!boost glove",
                    "!boost glove nobody",
                    "!boost shield a",
                    "!投票 a",
                    "?vote a",
                    "!vote 🔥",
                    "!vote 1.5",
                    "!vote 1,2"
                })
        void rejectsMalformedComments(String comment) {
            assertThat(STANDARD.parse(comment)).isEmpty();
        }

        @ParameterizedTest(name = "\"{0}\" votes for side 1")
        @ValueSource(strings = {"!VoTe a", "!VOTE A", "!V A", "!vote AVA", "!vote S1", "!Vote Ava ✨"})
        void ignoresCase(String comment) {
            assertThat(STANDARD.parse(comment)).isEqualTo(vote(0));
        }

        @Test
        void ignoresPunctuationAndEmojiInsideArguments() {
            assertThat(STANDARD.parse("!vote a!")).isEqualTo(vote(0));
            assertThat(STANDARD.parse("!vote (b)")).isEqualTo(vote(3));
            assertThat(STANDARD.parse("!vote team-blue")).isEqualTo(vote(1));
            assertThat(STANDARD.parse("!vote +1")).isEqualTo(vote(0));
        }

        @Test
        void readsOnlyTheFirstCommandOfAComment() {
            assertThat(STANDARD.parse("!vote a !vote b #c")).isEqualTo(vote(0));
        }

        @Test
        void readsALabelThatLooksLikeANumberAsTheLabel() {
            ChatCommands commands = standard("Sky", "1");

            assertThat(commands.parse("!vote 1")).isEqualTo(vote(1));
            assertThat(commands.parse("!vote 2")).isEqualTo(vote(1));
            assertThat(commands.parse("!vote a")).isEqualTo(vote(0));
        }
    }

    @Nested
    class Boosts {

        @ParameterizedTest(name = "\"{0}\" is {1} on side {2}")
        @CsvSource(
                delimiter = '|',
                value = {
                    "!boost glove a              | BOOSTING_GLOVE | 0",
                    "!boost boost a              | BOOSTING_GLOVE | 0",
                    "!boost boosting glove a     | BOOSTING_GLOVE | 0",
                    "!boost boostingglove a      | BOOSTING_GLOVE | 0",
                    "!b x2 2                     | BOOSTING_GLOVE | 1",
                    "!boost mist 2               | MAGIC_MIST     | 1",
                    "!boost magic mist 2         | MAGIC_MIST     | 1",
                    "!boost magicmist 2          | MAGIC_MIST     | 1",
                    "!boost fog 2                | MAGIC_MIST     | 1",
                    "!boost hammer c             | STUN_HAMMER    | 2",
                    "!boost stun c               | STUN_HAMMER    | 2",
                    "!boost stun hammer c        | STUN_HAMMER    | 2",
                    "!boost stunhammer c         | STUN_HAMMER    | 2",
                    "!boost time 1               | TIME_MAKER     | 0",
                    "!boost timer 1              | TIME_MAKER     | 0",
                    "!boost time maker 1         | TIME_MAKER     | 0",
                    "!boost timemaker 1          | TIME_MAKER     | 0",
                    "!boost clock 1              | TIME_MAKER     | 0",
                    "!BOOST Glove A              | BOOSTING_GLOVE | 0",
                    "!boost glove team blue pls  | BOOSTING_GLOVE | 1",
                })
        void readsTheBoosterThenTheSide(String comment, PowerUpKind booster, int side) {
            assertThat(STANDARD.parse(comment)).isEqualTo(boost(booster, side));
        }

        @ParameterizedTest(name = "\"{0}\" is {1} on side {2}")
        @CsvSource(
                delimiter = '|',
                value = {
                    "!boost a glove            | BOOSTING_GLOVE | 0",
                    "!boost 2 magic mist       | MAGIC_MIST     | 1",
                    "!boost team blue hammer   | STUN_HAMMER    | 1",
                    "!boost さくら clock 🔥      | TIME_MAKER     | 2",
                    "!b ava boost              | BOOSTING_GLOVE | 0",
                })
        void readsTheSideThenTheBooster(String comment, PowerUpKind booster, int side) {
            assertThat(STANDARD.parse(comment)).isEqualTo(boost(booster, side));
        }

        @Test
        void prefersBoosterThenSideWhenBothOrdersFit() {
            ChatCommands commands = standard("Mist", "Glove");

            assertThat(commands.parse("!boost mist glove")).isEqualTo(boost(PowerUpKind.MAGIC_MIST, 1));
        }

        @Test
        void doesNotTakeAVoteWordForABoost() {
            assertThat(STANDARD.parse("!vote glove a")).isEmpty();
        }
    }

    @Nested
    class Hashtags {

        @ParameterizedTest(name = "\"{0}\" votes for side {1}")
        @CsvSource(
                delimiter = '|',
                value = {
                    "go go #A 🔥         | 0",
                    "🔥 #A 🔥             | 0",
                    "#A!                 | 0",
                    "#a🔥🔥               | 0",
                    "(#2), lets go       | 1",
                    "#team_blue          | 1",
                    "#TeamBlue           | 1",
                    "#さくら がんばれ        | 2",
                    "#a #A #1 #ava       | 0",
                    "#fyp #c #foryou     | 2",
                    "#s2                 | 1",
                    "!vote 9 #b          | 3",
                })
        void votesForTheTaggedSide(String comment, int side) {
            assertThat(STANDARD.parse(comment)).isEqualTo(vote(side));
        }

        @ParameterizedTest(name = "\"{0}\" is not a command")
        @ValueSource(strings = {"#a #c", "go #A or #2", "#", "# a", "#fyp", "##", "#🔥", "#e"})
        void rejectsUnknownAndConflictingTags(String comment) {
            assertThat(STANDARD.parse(comment)).isEmpty();
        }

        @Test
        void ignoresTagsWhenSwitchedOff() {
            ChatSyntax syntax = new ChatSyntax("!", List.of("vote"), List.of("boost"), false);
            ChatCommands commands = new ChatCommands(syntax, LABELS);

            assertThat(commands.parse("go go #A")).isEmpty();
            assertThat(commands.parse("!vote a")).isEqualTo(vote(0));
        }
    }

    @Nested
    class Normalisation {

        @ParameterizedTest(name = "\"{0}\" votes for side 1")
        @ValueSource(
                strings = {
                    "!vóte Á",
                    "!VÒTE À",
                    "!vote\u0301 a\u0300",
                    "！ｖｏｔｅ　Ａ",
                    "！ｖｏｔｅ　ａｖａ",
                    "!vote\u00A0a",
                    "!vote\u3000a",
                    "!vote \n\r a",
                    "!vote Ⓐ",
                    "!vote 𝐚𝐯𝐚",
                    "!vote ①",
                    "＃Ａ"
                })
        void foldsAccentsWidthAndFancyLetters(String comment) {
            assertThat(STANDARD.parse(comment)).isEqualTo(vote(0));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(
                strings = {
                    "!vo\u200Bte a",
                    "!vote\u200C a",
                    "!v\u200Dote a",
                    "\uFEFF!vote a",
                    "!vote\u2060 a",
                    "\u200E!vote a\u200F",
                    "\u202B!vote a\u202C",
                    "\u202A!vo\u202Dte\u202E a",
                    "\u2066!vote\u2069 \u2067a\u2068",
                    "!vo\u00ADte a"
                })
        @DisplayName("strips zero-width and bidi characters inside a command")
        void stripsInvisibleCharacters(String comment) {
            assertThat(STANDARD.parse(comment)).isEqualTo(vote(0));
        }

        @Test
        void matchesAccentedLabelsWithOrWithoutAccents() {
            ChatCommands commands = standard("Zoé", "Ḿaríä Nguyễn", "Łukasz");

            assertThat(commands.parse("!vote zoe")).isEqualTo(vote(0));
            assertThat(commands.parse("!vote ZOÉ")).isEqualTo(vote(0));
            assertThat(commands.parse("!vote Zoe\u0301")).isEqualTo(vote(0));
            assertThat(commands.parse("!vote maria nguyen")).isEqualTo(vote(1));
            assertThat(commands.parse("#maria")).isEqualTo(vote(1));
            assertThat(commands.parse("!vote lukasz")).isEqualTo(vote(2));
        }

        @Test
        void matchesFancyFontDisplayNames() {
            ChatCommands commands = standard("𝓐𝓿𝓪 ✨", "ＢＯＢ");

            assertThat(commands.parse("!vote ava")).isEqualTo(vote(0));
            assertThat(commands.parse("!vote bob")).isEqualTo(vote(1));
        }

        @Test
        void doesNotTakeAnEmojiLetterForALetter() {
            assertThat(STANDARD.parse("!vote 🅰")).isEmpty();
            assertThat(STANDARD.parse("#🅰")).isEmpty();
        }

        @Test
        void matchesLabelsMadeOnlyOfEmojiByNumberOrLetter() {
            ChatCommands commands = standard("🔥🔥", "🌊");

            assertThat(commands.parse("!vote 🔥🔥")).isEmpty();
            assertThat(commands.parse("!vote b")).isEqualTo(vote(1));
            assertThat(commands.parse("!vote 1")).isEqualTo(vote(0));
        }
    }

    @Nested
    class OtherLanguages {

        @Test
        void matchesJapaneseLabelsAsThemselves() {
            ChatCommands commands = standard("ガ", "カ", "さくら");

            assertThat(commands.parse("!vote ガ")).isEqualTo(vote(0));
            assertThat(commands.parse("!vote カ")).isEqualTo(vote(1));
            assertThat(commands.parse("#さくら")).isEqualTo(vote(2));
            assertThat(commands.parse("！ｖｏｔｅ　さくら")).isEqualTo(vote(2));
            assertThat(commands.parse("!vote ｶ")).isEqualTo(vote(1));
        }

        @Test
        void matchesChineseKoreanAndArabicLabels() {
            ChatCommands commands = standard("小明", "김민준", "مريم", "Ὀδυσσεύς");

            assertThat(commands.parse("!vote 小明 加油")).isEqualTo(vote(0));
            assertThat(commands.parse("#김민준 화이팅")).isEqualTo(vote(1));
            assertThat(commands.parse("!vote \u200Fمريم\u200F")).isEqualTo(vote(2));
            assertThat(commands.parse("!vote οδυσσευς")).isEqualTo(vote(3));
        }

        @Test
        void matchesArabicLettersWithHamzaAndPresentationForms() {
            ChatCommands commands = standard("أحمد", "مريم");

            assertThat(commands.parse("!vote احمد")).isEqualTo(vote(0));
            assertThat(commands.parse("!vote \uFEE3\uFEAE\uFEF3\uFEE2")).isEqualTo(vote(1));
        }

        @Test
        void acceptsCommandWordsInAnyScriptWhenConfigured() {
            ChatSyntax syntax = new ChatSyntax("!", List.of("投票", "투표", "صوت"), List.of("ブースト"), true);
            ChatCommands commands = new ChatCommands(syntax, List.of("さくら", "小明"));

            assertThat(commands.parse("!投票 A")).isEqualTo(vote(0));
            assertThat(commands.parse("！投票　小明")).isEqualTo(vote(1));
            assertThat(commands.parse("!투표 2")).isEqualTo(vote(1));
            assertThat(commands.parse("\u202B!صوت a\u202C")).isEqualTo(vote(0));
            assertThat(commands.parse("!ブースト mist さくら")).isEqualTo(boost(PowerUpKind.MAGIC_MIST, 0));
            assertThat(commands.parse("!vote a")).isEmpty();
        }
    }

    @Nested
    class Ambiguity {

        @Test
        void prefersAWholeLabelOverALetter() {
            assertThat(STANDARD.parse("!vote b")).isEqualTo(vote(3));
            assertThat(STANDARD.parse("!vote 2")).isEqualTo(vote(1));
        }

        @Test
        void prefersANumberOverALetterOrFirstWord() {
            ChatCommands commands = standard("Ann", "3 Amigos", "Cat");

            assertThat(commands.parse("!vote 3")).isEqualTo(vote(2));
            assertThat(commands.parse("!vote 3 amigos")).isEqualTo(vote(1));
        }

        @Test
        void prefersAFirstWordOverAnId() {
            ChatCommands commands = standard("Kim", "S1 Crew");

            assertThat(commands.parse("!vote s1")).isEqualTo(vote(1));
            assertThat(commands.parse("!vote s2")).isEqualTo(vote(1));
        }

        @Test
        void usesFirstWordsOnlyWhenUnique() {
            ChatCommands unique = standard("Ava Rose", "Bo Li");
            ChatCommands shared = standard("Team Red", "Team Blue");

            assertThat(unique.parse("!vote ava")).isEqualTo(vote(0));
            assertThat(unique.parse("#bo")).isEqualTo(vote(1));
            assertThat(shared.parse("!vote team")).isEmpty();
            assertThat(shared.parse("!vote team red")).isEqualTo(vote(0));
        }

        @Test
        void prefersTheLongestLabelSpelledOut() {
            ChatCommands commands = standard("Ava", "Ava Rose");

            assertThat(commands.parse("!vote ava")).isEqualTo(vote(0));
            assertThat(commands.parse("!vote ava rose")).isEqualTo(vote(1));
            assertThat(commands.parse("!vote avarose")).isEqualTo(vote(1));
            assertThat(commands.parse("!vote ava roses")).isEqualTo(vote(0));
        }

        @Test
        void rejectsReferencesThatFitTwoSidesEqually() {
            ChatCommands twins = standard("Max", "MAX", "Max Power", "max power");

            assertThat(twins.parse("!vote max")).isEmpty();
            assertThat(twins.parse("!vote max power")).isEmpty();
            assertThat(twins.parse("#max")).isEmpty();
            assertThat(twins.parse("!vote 3")).isEqualTo(vote(2));
        }
    }

    @Nested
    class CustomSyntax {

        private final ChatCommands commands =
                new ChatCommands(new ChatSyntax("?", List.of("Poll"), List.of("power"), false), LABELS);

        @Test
        void readsTheConfiguredPrefixAndWords() {
            assertThat(commands.parse("?poll a")).isEqualTo(vote(0));
            assertThat(commands.parse("？POLL team blue")).isEqualTo(vote(1));
            assertThat(commands.parse("?power mist c")).isEqualTo(boost(PowerUpKind.MAGIC_MIST, 2));
        }

        @Test
        void ignoresTheStandardWordsAndTags() {
            assertThat(commands.parse("!vote a")).isEmpty();
            assertThat(commands.parse("?vote a")).isEmpty();
            assertThat(commands.parse("?boost glove a")).isEmpty();
            assertThat(commands.parse("#a")).isEmpty();
        }

        @Test
        void readsAMultiCharacterPrefix() {
            ChatCommands doubled =
                    new ChatCommands(new ChatSyntax("!!", List.of("vote"), List.of("boost"), true), LABELS);

            assertThat(doubled.parse("!!vote a")).isEqualTo(vote(0));
            assertThat(doubled.parse("!vote a")).isEmpty();
        }

        @Test
        void fallsBackToTagsWhenThePrefixIsTheTagSign() {
            ChatCommands tagged =
                    new ChatCommands(new ChatSyntax("#", List.of("vote"), List.of("boost"), true), LABELS);

            assertThat(tagged.parse("#vote a")).isEqualTo(vote(0));
            assertThat(tagged.parse("#boost clock 2")).isEqualTo(boost(PowerUpKind.TIME_MAKER, 1));
            assertThat(tagged.parse("#c")).isEqualTo(vote(2));
        }
    }

    @Nested
    class Robustness {

        @Test
        void rejectsCommentsLongerThanTheLimit() {
            String atLimit = "!vote a " + "x".repeat(ChatCommands.MAX_LENGTH - 8);
            String overLimit = atLimit + "x";

            assertThat(STANDARD.parse(atLimit)).isEqualTo(vote(0));
            assertThat(STANDARD.parse(overLimit)).isEmpty();
            assertThat(STANDARD.parse("!vote a" + " 🔥".repeat(5_000))).isEmpty();
            assertThat(STANDARD.parse("#a".repeat(5_000))).isEmpty();
        }

        @Test
        void toleratesControlCharactersAndBrokenSurrogates() {
            assertThat(STANDARD.parse("!vote\u0000a")).isEqualTo(vote(0));
            assertThat(STANDARD.parse("!vote a\uD800")).isEqualTo(vote(0));
            assertThat(STANDARD.parse("!vote \uDC00a")).isEqualTo(vote(0));
            assertThat(STANDARD.parse("\uD83D")).isEmpty();
            assertThat(STANDARD.parse("#\uDFFF")).isEmpty();
        }

        @Test
        @DisplayName("never throws for 10,000 random comments of ASCII, emoji, surrogates and combining marks")
        void neverThrowsForRandomComments() {
            Random random = new Random(20_240_601L);
            List<String> comments = new ArrayList<>();
            for (int i = 0; i < 10_000; i++) {
                comments.add(randomComment(random));
            }
            ChatCommands fancy = standard("𝓐𝓿𝓪 ✨", "", "#", "!vote", "\uD800", "ガ\u0301", "\u200B", "a b c d e f");

            for (String comment : comments) {
                for (ChatCommands commands : List.of(STANDARD, fancy)) {
                    assertThatNoException()
                            .as("parsing %s", escaped(comment))
                            .isThrownBy(() -> commands.parse(comment)
                                    .ifPresent(command ->
                                            assertThat(command.side()).isBetween(0, 7)));
                }
            }
        }

        /** Fragments that matter to the parser, separated by "|": command parts, emoji, marks, broken text. */
        private static final String[] PIECES = ("!|#| |\u3000|vote|boost|v|b|a|B|1|9|s2|team|blue|glove|magic|mist|_"
                        + "|🔥|🅰|👨\u200D👩\u200D👧|\uFE0F|\u0301|\u0308|\u3099|\u200B|\u202E|\u2066|\uD800|\uDFFF|\uD83D"
                        + "|ｖｏｔｅ|！|さくら|ガ|小明|مريم|\u0000|\n|Ⓐ|𝓐|é|İ|ß|ﬁ")
                .split("\\|");

        private static String randomComment(Random random) {
            StringBuilder comment = new StringBuilder();
            int pieces = random.nextInt(12);
            for (int i = 0; i < pieces; i++) {
                if (random.nextInt(4) == 0) {
                    comment.append((char) random.nextInt(Character.MAX_VALUE + 1));
                } else {
                    comment.append(PIECES[random.nextInt(PIECES.length)]);
                }
            }
            if (random.nextInt(100) == 0) {
                comment.append("x".repeat(random.nextInt(1_000)));
            }
            return comment.toString();
        }

        private static String escaped(String text) {
            StringBuilder out = new StringBuilder();
            for (char c : text.toCharArray()) {
                out.append(c < 0x80 && c >= 0x20 ? String.valueOf(c) : "\\u%04X".formatted((int) c));
            }
            return out.toString();
        }
    }

    @Nested
    class Construction {

        @Test
        void requiresTwoToEightSides() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> standard("Ava"))
                    .withMessageContaining("sideLabels");
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> standard("1", "2", "3", "4", "5", "6", "7", "8", "9"))
                    .withMessageContaining("sideLabels");
            assertThat(standard("1", "2", "3", "4", "5", "6", "7", "8").parse("!vote h"))
                    .isEqualTo(vote(7));
        }

        @Test
        void rejectsNegativeSidesInCommands() {
            assertThatIllegalArgumentException().isThrownBy(() -> new Vote(-1)).withMessageContaining("side");
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new Boost(PowerUpKind.MAGIC_MIST, -1))
                    .withMessageContaining("side");
        }
    }

    @Nested
    class SyntaxValidation {

        @Test
        void standardHoldsTheDefaults() {
            ChatSyntax standard = ChatSyntax.standard();

            assertThat(standard.prefix()).isEqualTo("!");
            assertThat(standard.voteWords()).containsExactly("vote", "v");
            assertThat(standard.boostWords()).containsExactly("boost", "b");
            assertThat(standard.hashtags()).isTrue();
        }

        @Test
        void storesNormalisedImmutableCopies() {
            List<String> words = new ArrayList<>(List.of("VÓTE", "Ｐｏｌｌ"));
            ChatSyntax syntax = new ChatSyntax("！", words, List.of("Boost"), true);
            words.clear();

            assertThat(syntax.prefix()).isEqualTo("!");
            assertThat(syntax.voteWords()).containsExactly("vote", "poll");
            assertThat(syntax.boostWords()).containsExactly("boost");
            assertThat(syntax.voteWords()).isUnmodifiable();
            assertThat(syntax).isEqualTo(new ChatSyntax("!", List.of("vote", "poll"), List.of("boost"), true));
        }

        @ParameterizedTest(name = "prefix \"{0}\" is refused")
        @ValueSource(strings = {"", "!!!!", "a", "1", "!a", "! ", " !", "!\t", "\u200B", "\u0301", "Ａ"})
        void rejectsBadPrefixes(String prefix) {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new ChatSyntax(prefix, List.of("vote"), List.of("boost"), true))
                    .withMessageStartingWith("prefix");
        }

        @ParameterizedTest(name = "prefix \"{0}\" is accepted")
        @ValueSource(strings = {"!", "?", "/", "!!!", "🔥", "＃"})
        void acceptsShortSymbolPrefixes(String prefix) {
            assertThat(new ChatSyntax(prefix, List.of("vote"), List.of("boost"), true).prefix())
                    .isNotEmpty();
        }

        @ParameterizedTest(name = "vote word \"{0}\" is refused")
        @ValueSource(strings = {"", " ", "vo te", "v1", "vote!", "x2", "🔥", "abcdefghijklmnopqrstu", "\u200B"})
        void rejectsBadWords(String word) {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new ChatSyntax("!", List.of(word), List.of("boost"), true))
                    .withMessageStartingWith("voteWords");
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new ChatSyntax("!", List.of("vote"), List.of("boost", word), true))
                    .withMessageStartingWith("boostWords");
        }

        @Test
        void rejectsEmptyWordLists() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new ChatSyntax("!", List.of(), List.of("boost"), true))
                    .withMessageStartingWith("voteWords");
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new ChatSyntax("!", List.of("vote"), List.of(), true))
                    .withMessageStartingWith("boostWords");
        }

        @Test
        void rejectsWordsThatBothVoteAndBoost() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new ChatSyntax("!", List.of("vote", "go"), List.of("GÖ"), true))
                    .withMessageContaining("voteWords")
                    .withMessageContaining("boostWords")
                    .withMessageContaining("go");
        }

        @Test
        void acceptsWordsOfTwentyLettersInAnyScript() {
            ChatSyntax syntax =
                    new ChatSyntax("!", List.of("abcdefghijklmnopqrst", "投票", "голос"), List.of("वोट"), true);

            assertThat(syntax.voteWords()).containsExactly("abcdefghijklmnopqrst", "投票", "голос");
        }
    }
}
