package io.battlesim.engine.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.battlesim.engine.event.Sender;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ContributionsTests {

    private static Sender viewer(int n) {
        return new Sender(Integer.toString(n), "v" + n, "Viewer " + n);
    }

    @Test
    void ranksByPointsThenCoinsThenWhoCameFirst() {
        Contributions contributions = new Contributions();
        contributions.addGift(viewer(1), 100, 100);
        contributions.addGift(viewer(2), 50, 100);
        contributions.addGift(viewer(3), 200, 300);
        contributions.addGift(viewer(4), 50, 100);

        assertThat(contributions.all()).extracting(Gifter::userId).containsExactly("3", "1", "2", "4");
    }

    @Test
    void topMatchesTheHeadOfTheFullRanking() {
        Contributions contributions = new Contributions();
        Random random = new Random(3);
        for (int i = 0; i < 2_000; i++) {
            int points = random.nextInt(50);
            contributions.addGift(viewer(random.nextInt(300)), points, points);
        }

        assertThat(contributions.top(10)).isEqualTo(contributions.all().subList(0, 10));
        assertThat(contributions.top(0)).isEmpty();
    }

    @Test
    void findsAViewerByAnEqualIdNotTheSameInstance() {
        Contributions contributions = new Contributions();
        for (int i = 0; i < 1_000; i++) {
            contributions.addGift(viewer(i), 1, 1);
        }

        contributions.addLikes(new Sender(new String("7".toCharArray()), "v7", "Viewer 7"), 4, 0);

        assertThat(contributions.size()).isEqualTo(1_000);
        assertThat(contributions.all())
                .filteredOn(gifter -> gifter.userId().equals("7"))
                .singleElement()
                .isEqualTo(new Gifter("7", "v7", "Viewer 7", 1, 1, 1, 4));
    }

    @Test
    void keepsTheLatestNicknameOfAViewer() {
        Contributions contributions = new Contributions();
        contributions.addGift(new Sender("1", "old", "Old"), 1, 1);

        contributions.addLikes(new Sender("1", "new", "New"), 3, 0);

        assertThat(contributions.all()).singleElement().isEqualTo(new Gifter("1", "new", "New", 1, 1, 1, 3));
    }
}
