package io.battlesim.bench.audience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PacerTests {

    private static final long START = 1_000_000_000L;

    @Test
    void dueNothingAtTheStart() {
        Pacer pacer = new Pacer(1000, START);

        assertThat(pacer.take(START)).isZero();
        assertThat(pacer.take(START - 5)).isZero();
    }

    @Test
    void takesTheSendsDueAtTheRate() {
        Pacer pacer = new Pacer(1000, START);

        assertThat(pacer.take(START + millis(10))).isEqualTo(10);
        assertThat(pacer.take(START + millis(10))).isZero();
        assertThat(pacer.take(START + millis(25))).isEqualTo(15);
        assertThat(pacer.taken()).isEqualTo(25);
    }

    @Test
    void catchesUpAfterAStall() {
        Pacer pacer = new Pacer(300, START);
        pacer.take(START + millis(100));

        assertThat(pacer.take(START + TimeUnit.SECONDS.toNanos(2))).isEqualTo(570);
        assertThat(pacer.taken()).isEqualTo(600);
    }

    @Test
    void keepsFractionalRatesOverTime() {
        Pacer pacer = new Pacer(2.5, START);
        int sent = 0;
        for (int tick = 1; tick <= 400; tick++) {
            sent += pacer.take(START + millis(10L * tick));
        }

        assertThat(sent).isEqualTo(10);
    }

    @Test
    void tellsHowLongUntilTheNextSend() {
        Pacer pacer = new Pacer(100, START);
        pacer.take(START + millis(15));

        assertThat(pacer.nanosUntilNext(START + millis(15))).isEqualTo(millis(5));
        assertThat(pacer.nanosUntilNext(START + millis(30))).isZero();
        assertThat(new Pacer(0, START).nanosUntilNext(START)).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void rejectsANegativeRate() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Pacer(-1, START));
        assertThatIllegalArgumentException().isThrownBy(() -> new Pacer(Double.NaN, START));
    }

    private static long millis(long millis) {
        return TimeUnit.MILLISECONDS.toNanos(millis);
    }
}
