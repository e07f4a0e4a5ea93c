package io.battlesim.engine.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeenIdsTests {

    @Test
    void reportsAnIdAsNewOnlyTheFirstTime() {
        SeenIds ids = new SeenIds(4);

        assertThat(ids.add("7212345678901234567")).isTrue();
        assertThat(ids.add(new String("7212345678901234567"))).isFalse();
        assertThat(ids.contains("7212345678901234567")).isTrue();
        assertThat(ids.contains("other")).isFalse();
    }

    @Test
    void keepsEveryIdWhileGrowing() {
        SeenIds ids = new SeenIds(0);
        for (int i = 0; i < 100_000; i++) {
            assertThat(ids.add("msg-" + i)).isTrue();
        }

        for (int i = 0; i < 100_000; i++) {
            assertThat(ids.add("msg-" + i)).isFalse();
        }
        assertThat(ids.size()).isEqualTo(100_000);
    }

    @Test
    void toleratesIdsWithCollidingHashCodes() {
        SeenIds ids = new SeenIds(16);

        assertThat(ids.add("Aa")).isTrue();
        assertThat(ids.add("BB")).isTrue();
        assertThat(ids.add("AaAa")).isTrue();
        assertThat(ids.add("BBBB")).isTrue();
        assertThat(ids.add("BB")).isFalse();
        assertThat(ids.size()).isEqualTo(4);
    }
}
