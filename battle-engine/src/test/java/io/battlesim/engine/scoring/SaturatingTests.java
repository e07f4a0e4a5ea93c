package io.battlesim.engine.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SaturatingTests {

    @Test
    void addsExactlyWithinRange() {
        assertThat(Saturating.add(Long.MAX_VALUE - 5, 5)).isEqualTo(Long.MAX_VALUE);
        assertThat(Saturating.add(-7, 3)).isEqualTo(-4);
        assertThat(Saturating.add(Long.MAX_VALUE, Long.MIN_VALUE)).isEqualTo(-1);
    }

    @Test
    void addsUpToTheBoundWithoutWrapping() {
        assertThat(Saturating.add(Long.MAX_VALUE - 5, 6)).isEqualTo(Long.MAX_VALUE);
        assertThat(Saturating.add(Long.MAX_VALUE, Long.MAX_VALUE)).isEqualTo(Long.MAX_VALUE);
        assertThat(Saturating.add(Long.MIN_VALUE, -1)).isEqualTo(Long.MIN_VALUE);
    }

    @Test
    void multipliesExactlyWithinRange() {
        assertThat(Saturating.multiply(Integer.MAX_VALUE, Integer.MAX_VALUE))
                .isEqualTo((long) Integer.MAX_VALUE * Integer.MAX_VALUE);
        assertThat(Saturating.multiply(-3, 4)).isEqualTo(-12);
        assertThat(Saturating.multiply(Long.MAX_VALUE, 1)).isEqualTo(Long.MAX_VALUE);
        assertThat(Saturating.multiply(Long.MIN_VALUE, 1)).isEqualTo(Long.MIN_VALUE);
        assertThat(Saturating.multiply(Long.MAX_VALUE, 0)).isZero();
    }

    @Test
    void multipliesUpToTheBoundOfTheResultsSign() {
        assertThat(Saturating.multiply(1L << 62, 5)).isEqualTo(Long.MAX_VALUE);
        assertThat(Saturating.multiply(1L << 62, -5)).isEqualTo(Long.MIN_VALUE);
        assertThat(Saturating.multiply(Long.MIN_VALUE, -1)).isEqualTo(Long.MAX_VALUE);
        assertThat(Saturating.multiply(-(1L << 62), -5)).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void incrementsACountUpToTheIntMaximum() {
        assertThat(Saturating.increment(41)).isEqualTo(42);
        assertThat(Saturating.increment(Integer.MAX_VALUE)).isEqualTo(Integer.MAX_VALUE);
    }
}
