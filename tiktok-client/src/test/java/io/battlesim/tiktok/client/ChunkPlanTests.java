package io.battlesim.tiktok.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChunkPlanTests {

    private static final long MB = 1_000_000L;
    private static final long MIB = 1_048_576L;

    /** TikTok's rules (facts §4.6) with "MB" read as {@code unit} bytes, checked independently of ChunkPlan. */
    private static List<String> violations(ChunkPlan plan, long unit) {
        List<String> problems = new ArrayList<>();
        long size = plan.videoSize();
        long chunk = plan.chunkSize();
        long count = plan.totalChunkCount();
        long last = size - (count - 1) * chunk;
        if (count != size / chunk || count < 1 || count > 1000) {
            problems.add("count " + count);
        }
        if (size < 5 * unit && (chunk != size || count != 1)) {
            problems.add("under 5 MB but not whole");
        }
        if (size > 64 * unit && count < 2) {
            problems.add("over 64 MB but not chunked");
        }
        if (size >= 5 * unit && (chunk < 5 * unit || chunk > 64 * unit)) {
            problems.add("chunk size " + chunk);
        }
        if (count > 1 && last > 128 * unit) {
            problems.add("last chunk " + last);
        }
        return problems;
    }

    @ParameterizedTest(name = "{0} bytes")
    @ValueSource(
            longs = {
                1,
                4 * MIB,
                5 * MB - 1,
                5 * MB,
                5 * MB + 1,
                5 * MIB - 1,
                5 * MIB,
                5 * MIB + 1,
                50_000_123,
                64 * MB - 1,
                64 * MB,
                64 * MB + 1,
                64 * MIB - 1,
                64 * MIB,
                64 * MIB + 1,
                128 * MB - 1,
                128 * MB,
                128 * MB + 1,
                128 * MIB,
                128 * MIB + 1,
                192 * MB + 1,
                1_000_000_000,
                1L << 30,
                4L << 30,
                1000 * 64 * MB - 1,
                1000 * 64 * MB,
                1001 * 64 * MB - 1
            })
    void plansChunksValidUnderBothMegabyteReadings(long size) {
        ChunkPlan plan = ChunkPlan.forSize(size);

        assertThat(violations(plan, MB)).as("decimal MB").isEmpty();
        assertThat(violations(plan, MIB)).as("binary MiB").isEmpty();
        assertThat(plan.ranges()).hasSize((int) plan.totalChunkCount());
        assertThat(plan.ranges().getFirst().first()).isZero();
        assertThat(plan.ranges().getLast().last()).isEqualTo(size - 1);
        assertThat(plan.ranges().stream().mapToLong(ByteRange::length).sum()).isEqualTo(size);
    }

    @ParameterizedTest(name = "{0} bytes with preferred chunk {1}")
    @org.junit.jupiter.params.provider.CsvSource({
        "200000000, 1",
        "200000000, 10000000",
        "200000000, 999999999",
        "4294967296, 5242880",
        "64000001, 5242880"
    })
    void keepsAPreferredChunkSizeInsideTheSafeWindow(long size, long preferred) {
        ChunkPlan plan = ChunkPlan.forSize(size, preferred);

        assertThat(violations(plan, MB)).isEmpty();
        assertThat(violations(plan, MIB)).isEmpty();
    }

    @Test
    void sendsFilesUpTo64DecimalMegabytesWhole() {
        assertThat(ChunkPlan.forSize(64 * MB)).isEqualTo(new ChunkPlan(64 * MB, 64 * MB, 1));
        assertThat(ChunkPlan.forSize(1)).isEqualTo(new ChunkPlan(1, 1, 1));
    }

    @Test
    void splitsAFileJustOver64MegabytesIntoTwoChunks() {
        ChunkPlan plan = ChunkPlan.forSize(64 * MB + 1);

        assertThat(plan.totalChunkCount()).isEqualTo(2);
        assertThat(plan.ranges()).containsExactly(new ByteRange(0, 31_999_999), new ByteRange(32_000_000, 64_000_000));
    }

    @Test
    void letsTheLastChunkAbsorbTheRemainderAsInTikToksExample() {
        ChunkPlan plan = ChunkPlan.of(50_000_123, 10_000_000);

        assertThat(plan.totalChunkCount()).isEqualTo(5);
        assertThat(plan.ranges().getLast()).isEqualTo(new ByteRange(40_000_000, 50_000_122));
        assertThat(plan.lastChunkSize()).isEqualTo(10_000_123);
        assertThat(plan.ranges().get(1).contentRange(50_000_123)).isEqualTo("bytes 10000000-19999999/50000123");
    }

    @Test
    void usesTheLargestSafeChunkForAGigabyte() {
        ChunkPlan plan = ChunkPlan.forSize(1L << 30);

        assertThat(plan.chunkSize()).isEqualTo(64 * MB);
        assertThat(plan.totalChunkCount()).isEqualTo(16);
        assertThat(plan.lastChunkSize()).isEqualTo((1L << 30) - 15 * 64 * MB);
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1, 1001 * 64 * MB, Long.MAX_VALUE})
    void refusesSizesNoPlanCanCarry(long size) {
        assertThatIllegalArgumentException().isThrownBy(() -> ChunkPlan.forSize(size));
    }

    @Test
    void refusesInconsistentNumbers() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ChunkPlan(100, 10, 9));
        assertThatIllegalArgumentException().isThrownBy(() -> ChunkPlan.of(10, 11));
    }

    @Test
    void findsTheChunkThatStartsAtAConfirmedOffset() {
        ChunkPlan plan = ChunkPlan.of(50_000_123, 10_000_000);

        assertThat(plan.chunkStartingAt(0)).isZero();
        assertThat(plan.chunkStartingAt(40_000_000)).isEqualTo(4);
        assertThat(plan.chunkStartingAt(50_000_000)).isEqualTo(-1);
        assertThat(plan.chunkStartingAt(12)).isEqualTo(-1);
    }
}
