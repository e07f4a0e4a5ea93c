package io.battlesim.tiktok.client;

import static io.battlesim.tiktok.client.ContentPostingTests.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StatusPollerTests {

    private static final String STATUS = "/v2/post/publish/status/fetch/";
    private static final String PROCESSING = ok("{\"status\":\"PROCESSING_UPLOAD\"}");

    private final StubTikTok stub = StubTikTok.start();
    private final TestClock clock = new TestClock();
    private final RecordingSleeper sleeper = new RecordingSleeper(clock);
    private final ContentPosting posting =
            Fixtures.clientFor(stub.baseUri(), clock, sleeper).build().contentPosting();

    @AfterEach
    void stopStub() {
        stub.close();
    }

    @Test
    void pollsAtTheIntervalUntilTheStatusIsFinal() {
        stub.answer(STATUS, 200, PROCESSING)
                .answer(STATUS, 200, PROCESSING)
                .answer(STATUS, 200, ok("{\"status\":\"PUBLISH_COMPLETE\",\"publicaly_available_post_id\":[]}"));
        List<PublishState> seen = new ArrayList<>();

        PublishStatus status = posting.poller(Duration.ofSeconds(3), Duration.ofMinutes(5))
                .await(Fixtures.ACCESS_TOKEN, "p1", each -> seen.add(each.status()));

        assertThat(status.status()).isEqualTo(PublishState.PUBLISH_COMPLETE);
        assertThat(seen)
                .containsExactly(
                        PublishState.PROCESSING_UPLOAD, PublishState.PROCESSING_UPLOAD, PublishState.PUBLISH_COMPLETE);
        assertThat(sleeper.pauses()).containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(3));
    }

    @Test
    void stopsAtAnInboxDeliveryBecauseOnlyTheCreatorCanMoveOn() {
        stub.answer(STATUS, 200, ok("{\"status\":\"SEND_TO_USER_INBOX\"}"));

        PublishStatus status = posting.poller(Duration.ofMinutes(1)).await(Fixtures.ACCESS_TOKEN, "p1");

        assertThat(status.status()).isEqualTo(PublishState.SEND_TO_USER_INBOX);
        assertThat(stub.requests(STATUS)).hasSize(1);
    }

    @Test
    void returnsTheLastStatusWhenTheTimeIsUp() {
        stub.answer(STATUS, 200, PROCESSING);

        PublishStatus status =
                posting.poller(Duration.ofSeconds(5), Duration.ofSeconds(12)).await(Fixtures.ACCESS_TOKEN, "p1");

        assertThat(status.settled()).isFalse();
        assertThat(stub.requests(STATUS)).hasSize(3);
    }

    @Test
    void returnsTheLastStatusAfterTheMaximumAttempts() {
        stub.answer(STATUS, 200, PROCESSING);

        PublishStatus status = posting.poller(Duration.ofSeconds(5), Duration.ofHours(1))
                .withMaxAttempts(2)
                .await(Fixtures.ACCESS_TOKEN, "p1");

        assertThat(status.status()).isEqualTo(PublishState.PROCESSING_UPLOAD);
        assertThat(stub.requests(STATUS)).hasSize(2);
    }
}
