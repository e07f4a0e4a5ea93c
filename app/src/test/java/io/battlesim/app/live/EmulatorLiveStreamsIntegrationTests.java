package io.battlesim.app.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.battlesim.app.live.api.LiveCredentials;
import io.battlesim.tiktok.emulator.GiftCommand;
import io.battlesim.tiktok.emulator.LiveRoom;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The emulator's LIVE event streams as real WebSockets at /emulator/live/v1/rooms/{roomId}/events. */
class EmulatorLiveStreamsIntegrationTests extends LiveIntegrationTestSupport {

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    LiveCredentials credentials;

    @Autowired
    JsonMapper json;

    @Test
    void replaysFromTheCursorThenSendsLiveFrames() throws Exception {
        LiveRoom room = room("mia.moves");
        emulator.live().sendGift("mia.moves", new GiftCommand("Early", "Corgi", 1));
        long cursor = room("mia.moves").lastSeq() - 1;
        var frames = new LinkedBlockingQueue<String>();

        WebSocket socket = connect(room.roomId(), "?cursor=" + cursor, token(), frames, new CompletableFuture<>());
        JsonNode replayed = json.readTree(frames.poll(10, TimeUnit.SECONDS));
        emulator.live().sendChat("mia.moves", "Chatty", "hello");
        JsonNode live = json.readTree(frames.poll(10, TimeUnit.SECONDS));

        assertThat(replayed.path("seq").asLong()).isEqualTo(cursor + 1);
        assertThat(replayed.path("type").asString()).isEqualTo("gift");
        assertThat(live.path("seq").asLong()).isEqualTo(cursor + 2);
        assertThat(live.path("comment").asString()).isEqualTo("hello");
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").join();
    }

    @Test
    void closesWith1000AfterTheOfflineStatusWhenTheRoomEnds() throws Exception {
        LiveRoom room = room("luna.sings");
        var frames = new LinkedBlockingQueue<String>();
        var closed = new CompletableFuture<Integer>();
        connect(room.roomId(), "", token(), frames, closed);

        emulator.live().goOffline("luna.sings");

        JsonNode status = json.readTree(frames.poll(10, TimeUnit.SECONDS));
        assertThat(status.path("type").asString()).isEqualTo("room_status");
        assertThat(status.path("status").asString()).isEqualTo("OFFLINE");
        assertThat(closed.get(10, TimeUnit.SECONDS)).isEqualTo(1000);
        emulator.live().goLive("luna.sings");
    }

    @Test
    void refusesTheHandshakeWithoutAUsableToken() {
        String roomId = room("ava.sparks").roomId();

        assertThat(handshakeStatus(roomId, "", "act.made-up")).isEqualTo(401);
        assertThat(handshakeStatus(roomId, "", null)).isEqualTo(401);
    }

    @Test
    void refusesAnUnknownRoomAndABadCursor() {
        assertThat(handshakeStatus("1234567890123456789", "", token())).isEqualTo(404);
        assertThat(handshakeStatus(room("ava.sparks").roomId(), "?cursor=soon", token()))
                .isEqualTo(400);
    }

    private String token() {
        return credentials.tokenFor(null).orElseThrow();
    }

    private int handshakeStatus(String roomId, String query, String bearer) {
        var failure = assertThatExceptionOfType(CompletionException.class)
                .isThrownBy(
                        () -> connect(roomId, query, bearer, new LinkedBlockingQueue<>(), new CompletableFuture<>()))
                .actual();
        assertThat(failure.getCause()).isInstanceOf(WebSocketHandshakeException.class);
        return ((WebSocketHandshakeException) failure.getCause()).getResponse().statusCode();
    }

    private WebSocket connect(
            String roomId,
            String query,
            String bearer,
            LinkedBlockingQueue<String> frames,
            CompletableFuture<Integer> closed) {
        var builder = http.newWebSocketBuilder();
        if (bearer != null) {
            builder.header("Authorization", "Bearer " + bearer);
        }
        URI uri = URI.create("ws://localhost:" + PORT + "/emulator/live/v1/rooms/" + roomId + "/events" + query);
        return builder.buildAsync(uri, new WebSocket.Listener() {
                    private final StringBuilder text = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                        text.append(data);
                        if (last) {
                            frames.add(text.toString());
                            text.setLength(0);
                        }
                        ws.request(1);
                        return null;
                    }

                    @Override
                    public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
                        closed.complete(statusCode);
                        return null;
                    }
                })
                .join();
    }
}
