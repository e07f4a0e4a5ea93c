package io.battlesim.engine.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SnipesTests {

    @Test
    void keepsTheLatestSnipesOldestFirst() {
        Snipes snipes = new Snipes();
        for (int i = 0; i < Snipes.KEPT + 5; i++) {
            snipes.add(new Snipe(i, "A", "1", "Alice", "Rose", 1, 1, 1));
        }

        assertThat(snipes.all())
                .hasSize(Snipes.KEPT)
                .extracting(Snipe::at)
                .isSorted()
                .startsWith(5L);
    }
}
