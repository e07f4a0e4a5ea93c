package io.battlesim.app.leaderboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CoinBucketsTests {

    @Test
    void keepsEveryTotalBelow1024InABucketOfItsOwn() {
        for (long coins = 1; coins < 1024; coins++) {
            assertThat(CoinBuckets.of(coins)).isEqualTo((int) coins);
            assertThat(CoinBuckets.end(CoinBuckets.of(coins))).isEqualTo(coins + 1);
        }
    }

    @Test
    void putsEveryTotalBelowItsBucketsEndAndOrdersBucketsLikeTotals() {
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < 200_000; i++) {
            long coins = 1 + (random.nextLong() >>> random.nextInt(1, 63));
            int bucket = CoinBuckets.of(coins);
            assertThat(CoinBuckets.end(bucket))
                    .as("%d in bucket %d", coins, bucket)
                    .isGreaterThan(coins);
            assertThat(CoinBuckets.of(CoinBuckets.end(bucket) - 1)).isEqualTo(bucket);
            long more = coins + 1 + random.nextInt(1000);
            if (more > coins) {
                assertThat(CoinBuckets.of(more)).isGreaterThanOrEqualTo(bucket);
            }
        }
        assertThat(CoinBuckets.of(Long.MAX_VALUE)).isGreaterThan(CoinBuckets.of(Long.MAX_VALUE / 2));
        assertThat(CoinBuckets.end(CoinBuckets.of(Long.MAX_VALUE))).isEqualTo(Long.MAX_VALUE);
    }
}
