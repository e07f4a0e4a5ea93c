package io.battlesim.tiktok.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A {@link LiveListener} that records frames and the close, with blocking reads bounded by a generous timeout (a
 * guard against hanging, not a timing assertion).
 */
class RecordingListener implements LiveListener {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final long TIMEOUT_SECONDS = 10;

    record Closed(int code, String reason) {}

    private final BlockingQueue<String> frames = new LinkedBlockingQueue<>();
    private final CompletableFuture<Closed> closed = new CompletableFuture<>();
    private final List<String> calls = java.util.Collections.synchronizedList(new ArrayList<>());

    @Override
    public void onMessage(String json) {
        calls.add("message");
        frames.add(json);
    }

    @Override
    public void onClose(int code, String reason) {
        calls.add("close");
        closed.complete(new Closed(code, reason));
    }

    /** The next {@code count} frames, failing when they do not come. */
    List<JsonNode> take(int count) {
        List<JsonNode> taken = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            taken.add(next());
        }
        return taken;
    }

    JsonNode next() {
        try {
            String frame = frames.poll(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (frame == null) {
                fail("no frame arrived within " + TIMEOUT_SECONDS + " s");
            }
            return JSON.readTree(frame);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every frame up to and including the first that matches. */
    List<JsonNode> takeUntil(Predicate<JsonNode> last) {
        List<JsonNode> taken = new ArrayList<>();
        JsonNode frame;
        do {
            frame = next();
            taken.add(frame);
        } while (!last.test(frame));
        return taken;
    }

    /** Waits for the close, then returns it; the frames before it stay readable. */
    Closed awaitClose() {
        try {
            return closed.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError("the subscription was not closed", e);
        }
    }

    /** The frames received and not yet taken. */
    List<JsonNode> remaining() {
        List<String> left = new ArrayList<>();
        frames.drainTo(left);
        return left.stream().map(JSON::readTree).toList();
    }

    boolean closed() {
        return closed.isDone();
    }

    /** Checks that nothing was delivered after the close. */
    void assertCloseWasLast() {
        assertThat(calls).last().isEqualTo("close");
        assertThat(calls).filteredOn("close"::equals).hasSize(1);
    }

    static JsonNode parse(String frame) {
        return JSON.readTree(frame);
    }

    static List<JsonNode> parse(List<String> frames) {
        return frames.stream().map(JSON::readTree).toList();
    }
}
