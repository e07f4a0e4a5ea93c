package io.battlesim.tiktok.emulator.publish;

import io.battlesim.tiktok.emulator.EmulatorResponse;
import io.battlesim.tiktok.emulator.http.ApiEnvelope;
import io.battlesim.tiktok.emulator.http.Exchange;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code PUT /upload/video/?upload_id=…&upload_token=…}, the {@code upload_url} of FILE_UPLOAD (§4.6): chunks in
 * sequence with {@code Content-Range}, {@code Content-Length} and a video {@code Content-Type}; 206 until the last
 * chunk, then 201; 400 for malformed headers or a body that differs from {@code Content-Length}, 403 once the URL
 * expired, 404 for an unknown URL, 416 for a range that does not continue the upload or match the declared plan.
 * Every answer carries {@code Content-Range: bytes 0-<last byte held>/<total>}. The body is streamed and counted,
 * never held in memory. TikTok documents only the statuses; the {@code error.code}s are the emulator's names.
 */
final class UploadEndpoint extends PublishEndpoint {

    static final String PATH = "/upload/video/";
    private static final Set<String> VIDEO_TYPES = Set.of("video/mp4", "video/quicktime", "video/webm");
    private static final int BUFFER = 256 * 1024;

    private final PublishTasks tasks;
    private final PublishFlow flow;

    UploadEndpoint(PublishTasks tasks, PublishFlow flow) {
        this.tasks = tasks;
        this.flow = flow;
    }

    @Override
    EmulatorResponse answer(Exchange exchange) {
        Optional<PublishTask> found = exchange.query()
                .first("upload_id")
                .flatMap(tasks::byUploadId)
                .filter(task -> task.upload()
                        .orElseThrow()
                        .tokenMatches(exchange.query().first("upload_token").orElse("")));
        if (found.isEmpty() || found.get().state() == PublishState.FAILED) {
            return ApiEnvelope.error(404, "upload_not_found", "No upload task exists for this URL.", exchange.logId());
        }
        PublishTask task = found.get();
        UploadTicket ticket = task.upload().orElseThrow();
        EmulatorResponse answer = chunk(exchange, task, ticket);
        return answer.withHeader(
                "content-range",
                ContentRange.received(task.uploadedBytes(), ticket.plan().videoSize()));
    }

    private EmulatorResponse chunk(Exchange exchange, PublishTask task, UploadTicket ticket) {
        if (!exchange.now().isBefore(ticket.expiresAt())) {
            return error(403, "upload_url_expired", "The upload_url expired; call init again.", exchange);
        }
        String type = exchange.request()
                .header("content-type")
                .orElse("")
                .split(";", 2)[0]
                .strip();
        if (!VIDEO_TYPES.contains(type)) {
            return error(
                    400, "invalid_chunk", "Content-Type must be video/mp4, video/quicktime or video/webm.", exchange);
        }
        Optional<ContentRange> range =
                exchange.request().header("content-range").flatMap(ContentRange::parse);
        if (range.isEmpty()) {
            return error(400, "invalid_chunk", "Content-Range must be bytes {first}-{last}/{total}.", exchange);
        }
        Optional<String> rangeProblem = rangeProblem(range.get(), ticket.plan(), task);
        if (rangeProblem.isPresent()) {
            int status = range.get().total() != ticket.plan().videoSize() ? 400 : 416;
            return error(
                    status, status == 400 ? "invalid_chunk" : "content_range_mismatch", rangeProblem.get(), exchange);
        }
        long declared = contentLength(exchange);
        if (declared != range.get().length()) {
            return error(400, "invalid_chunk", "Content-Length must equal the size of the Content-Range.", exchange);
        }
        if (!task.beginChunk(range.get().first())) {
            return error(
                    416,
                    "content_range_mismatch",
                    "Another chunk is being uploaded; send chunks in sequence.",
                    exchange);
        }
        return receive(exchange, task, ticket, declared);
    }

    private EmulatorResponse receive(Exchange exchange, PublishTask task, UploadTicket ticket, long declared) {
        long received;
        try {
            received = drain(exchange.request().body(), declared);
        } catch (IOException e) {
            task.abortChunk();
            return error(400, "invalid_chunk", "The chunk body could not be read completely.", exchange);
        }
        if (received != declared) {
            task.abortChunk();
            return error(400, "invalid_chunk", "The body is shorter than Content-Length.", exchange);
        }
        boolean last = task.endChunk(received, ticket.plan().videoSize(), flow.now());
        EmulatorResponse ok = ApiEnvelope.ok(Map.of(), exchange.logId());
        return new EmulatorResponse(last ? 201 : 206, ok.headers(), ok.body(), false);
    }

    private static Optional<String> rangeProblem(ContentRange range, ChunkPlan plan, PublishTask task) {
        if (range.total() != plan.videoSize()) {
            return Optional.of("The total in Content-Range must equal the video_size declared at init ("
                    + plan.videoSize() + ").");
        }
        if (range.first() != task.uploadedBytes()) {
            return Optional.of("The chunk must start at byte " + task.uploadedBytes() + ".");
        }
        if (range.last() != plan.chunkEnd(range.first())) {
            return Optional.of("The chunk must end at byte " + plan.chunkEnd(range.first())
                    + " to match chunk_size and total_chunk_count.");
        }
        return Optional.empty();
    }

    private static long contentLength(Exchange exchange) {
        try {
            return Long.parseLong(
                    exchange.request().header("content-length").orElse("-1").strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Reads and counts up to {@code limit} bytes, keeping none of them; stops early at end of stream. */
    private static long drain(InputStream body, long limit) throws IOException {
        byte[] buffer = new byte[BUFFER];
        long total = 0;
        while (total < limit) {
            int read = body.read(buffer, 0, (int) Math.min(buffer.length, limit - total));
            if (read < 0) {
                break;
            }
            total += read;
        }
        return total;
    }

    private static EmulatorResponse error(int status, String code, String message, Exchange exchange) {
        return ApiEnvelope.error(status, code, message, exchange.logId());
    }
}
