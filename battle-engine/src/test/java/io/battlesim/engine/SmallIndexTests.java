package io.battlesim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmallIndexTests {

    @Test
    void findsKeysByEqualityNotIdentity() {
        SmallIndex index = new SmallIndex();
        index.put("room-a", 0);
        index.put("room-b", 1);

        assertThat(index.get(new String("room-b"))).isEqualTo(1);
        assertThat(index.get("room-c")).isEqualTo(-1);
    }

    @Test
    void keepsWorkingBeyondTheLinearLimit() {
        SmallIndex index = new SmallIndex();
        for (int i = 0; i < 50; i++) {
            index.put("guest-" + i, i % 3);
        }

        for (int i = 0; i < 50; i++) {
            assertThat(index.get("guest-" + i)).isEqualTo(i % 3);
        }
        assertThat(index.get("guest-50")).isEqualTo(-1);
    }
}
