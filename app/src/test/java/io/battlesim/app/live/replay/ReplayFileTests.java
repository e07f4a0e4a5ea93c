package io.battlesim.app.live.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.battlesim.app.battle.RoomBinding;
import io.battlesim.app.live.ingest.IngestEventReader;
import io.battlesim.app.live.ingest.IngestRooms;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ReplayFileTests {

    private final IngestEventReader reader =
            new IngestEventReader(IngestRooms.of(List.of(RoomBinding.host("ava.sparks", "room-a", "host-a"))));
    private final JsonMapper json = JsonMapper.builder().build();

    private ReplayFile parse(String... lines) {
        return ReplayFile.parse(String.join("\n", lines).getBytes(StandardCharsets.UTF_8), reader, json, 100);
    }

    private static String gift(String msgId, long createTime) {
        return "{\"type\":\"gift\",\"msgId\":\"" + msgId + "\",\"userId\":\"u1\",\"giftId\":5655,\"diamondCount\":1,"
                + "\"repeatCount\":1,\"createTime\":" + createTime + "}";
    }

    @Test
    void keepsTheScoringEventsWithTheirLinesAndTimes() {
        ReplayFile file = parse(
                gift("m1", 1_000),
                "",
                "{\"type\":\"chat\",\"msgId\":\"c1\",\"comment\":\"hi\",\"createTime\":1500}",
                gift("m2", 2_000));

        assertThat(file).isInstanceOf(ReplayFile.Valid.class);
        var valid = (ReplayFile.Valid) file;
        assertThat(valid.lines()).isEqualTo(3);
        assertThat(valid.events()).extracting(ReplayFile.Recorded::line).containsExactly(1, 4);
        assertThat(valid.events()).extracting(ReplayFile.Recorded::createTime).containsExactly(1_000L, 2_000L);
        assertThat(valid.events()).extracting(ReplayFile.Recorded::msgId).containsExactly("m1", "m2");
    }

    @Test
    void listsEveryBadLineWithTheFieldAndWhy() {
        ReplayFile file = parse(
                gift("m1", 1_000),
                "{not json",
                gift("m3", 3_000).replace(",\"giftId\":5655", ""),
                "[1]",
                gift("m5", 5_000).replace(",\"createTime\":5000", ""));

        assertThat(file).isInstanceOf(ReplayFile.Invalid.class);
        assertThat(((ReplayFile.Invalid) file).errors())
                .containsExactly(
                        new ReplayFile.LineError(2, "line", "not valid JSON"),
                        new ReplayFile.LineError(3, "giftId", "giftId is required"),
                        new ReplayFile.LineError(4, "line", "each line must be one JSON object"),
                        new ReplayFile.LineError(5, "createTime", "createTime is required (epoch milliseconds)"));
    }

    @Test
    void refusesAnEmptyFile() {
        assertThat(parse("", "  ")).isInstanceOf(ReplayFile.Invalid.class);
    }

    @Test
    void refusesAFileThatIsNotUtf8() {
        byte[] latin1 = "{\"type\":\"chat\",\"comment\":\"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(ReplayFile.parse(latin1, reader, json, 100)).isInstanceOf(ReplayFile.Invalid.class);
    }

    @Test
    void refusesMoreEventsThanAllowed() {
        ReplayFile file = ReplayFile.parse(
                (gift("a", 1) + "\n" + gift("b", 2) + "\n" + gift("c", 3)).getBytes(StandardCharsets.UTF_8),
                reader,
                json,
                2);

        assertThat(((ReplayFile.Invalid) file).errors())
                .extracting(ReplayFile.LineError::field)
                .containsExactly("file");
    }
}
