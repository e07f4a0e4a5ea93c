package io.battlesim.app.fuzz;

import java.util.List;
import java.util.Random;

/**
 * The fuzzer's source of values, all drawn from one seeded {@link Random} so that a seed replays the same requests:
 * hostile strings (markup, injections, control characters, NUL, emoji, lone surrogates, very long text), numbers at
 * and beyond every integer and floating point limit, and the odd choices the generators make.
 */
final class Values {

    private static final List<String> NASTY = List.of(
            "",
            " ",
            "a",
            "null",
            "true",
            "[]",
            "{}",
            "<script>alert(1)</script>",
            "\"><img src=x onerror=alert(1)>",
            "' OR '1'='1' --",
            "'; DROP TABLE battle; --",
            "${7*7}",
            "{{7*7}}",
            "#{7*7}",
            "../../../../etc/passwd",
            "..%2f..%2fetc%2fpasswd",
            "%00",
            "%zz",
            "%",
            "\u0000",
            "a\u0000b",
            "\r\n",
            "\r\nSet-Cookie: x=y",
            "\t",
            "\u0007\u001b[31m",
            "\u202eevil",
            "\ufeffbom",
            "\ud800",
            "\udfff\ud800",
            "😀",
            "👨‍👩‍👧‍👦",
            "e\u0301",
            "ＡＢＣ",
            "١٢٣",
            "日本語のテキスト",
            "\\",
            "\\u0000",
            "\"",
            "'",
            "&",
            "=",
            "+",
            ";",
            "#",
            "?",
            "/",
            "@",
            "@@@",
            "ava.sparks",
            "leo.beats",
            "NaN",
            "Infinity",
            "-0",
            "0x10",
            "1e400");

    private static final List<String> NUMBERS = List.of(
            "0",
            "1",
            "-1",
            "2",
            "5",
            "60",
            "61",
            "1000",
            "1001",
            "2147483647",
            "2147483648",
            "-2147483648",
            "-2147483649",
            "9223372036854775807",
            "9223372036854775808",
            "-9223372036854775808",
            "-9223372036854775809",
            "18446744073709551616",
            "99999999999999999999999999999999999999",
            "1.5",
            "-0.0",
            "1e308",
            "1e309",
            "-1e400",
            "4.9e-324",
            "NaN",
            "Infinity",
            "",
            " 5",
            "05",
            "+5",
            "5 ",
            "0b1");

    private final Random random;

    Values(long seed) {
        this.random = new Random(seed);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** From {@code min} to {@code max}, both included. */
    int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    long nextLong() {
        return random.nextLong();
    }

    @SafeVarargs
    final <T> T pick(T... choices) {
        return choices[random.nextInt(choices.length)];
    }

    <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    /** Any hostile or odd text, sometimes very long. */
    String text() {
        return switch (random.nextInt(10)) {
            case 0 -> ascii(between(1, 40));
            case 1 -> unicode(between(1, 40));
            case 2 -> pick(NASTY).repeat(pick(1, 2, 64, 1_000, 20_000));
            case 3 -> pick(NUMBERS);
            case 4 -> ascii(pick(64, 65, 80, 81, 100, 101, 200, 201, 2_048, 2_049, 10_000, 100_000));
            default -> pick(NASTY);
        };
    }

    /** Text of a number, at or beyond the limits of every integer type, or not quite a number. */
    String number() {
        return chance(0.8) ? pick(NUMBERS) : text();
    }

    /** Printable ASCII only: what every HTTP client accepts in a header value. */
    String ascii(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append((char) between(0x20, 0x7e));
        }
        return text.toString();
    }

    /** Letters from everywhere, control characters, emoji and lone surrogates. */
    String unicode(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            switch (random.nextInt(6)) {
                case 0 -> text.append((char) between(0, 0x1f));
                case 1 -> text.appendCodePoint(between(0x1f300, 0x1faff));
                case 2 -> text.append((char) between(0xd800, 0xdfff));
                case 3 -> text.append((char) between(0x80, 0x7ff));
                default -> text.append((char) between(0x20, 0x7e));
            }
        }
        return text.toString();
    }

    /** A username the forms and the API accept, sometimes with an {@code @}. */
    String username() {
        String name = pick("ava.sparks", "leo.beats", "mia.moves", "omar.cooks", "fan_" + between(0, 999));
        return chance(0.2) ? "@" + name : name;
    }
}
