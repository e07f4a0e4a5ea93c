package io.battlesim.app.publish.video;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The duration of a video from its movie header. */
class Mp4DurationTests {

    @TempDir
    Path dir;

    @Test
    void readsTheDurationOfAnMp4() throws IOException {
        Path video = TestVideos.mp4(dir, Duration.ofMillis(2500), 1000);

        assertThat(Mp4Duration.of(video)).contains(Duration.ofMillis(2500));
    }

    @Test
    void readsTheSixtyFourBitMovieHeader() throws IOException {
        Path video = Files.write(dir.resolve("v1.mp4"), TestVideos.mp4Bytes(Duration.ofMinutes(11), 10, true));

        assertThat(Mp4Duration.of(video)).contains(Duration.ofMinutes(11));
    }

    @Test
    void saysUnknownForSomethingElse() throws IOException {
        Path text = Files.writeString(dir.resolve("not.mp4"), "hello, this is not a video at all");
        Path empty = Files.write(dir.resolve("empty.mp4"), new byte[0]);

        assertThat(Mp4Duration.of(text)).isEmpty();
        assertThat(Mp4Duration.of(empty)).isEmpty();
    }
}
