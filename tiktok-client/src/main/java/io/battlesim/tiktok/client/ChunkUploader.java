package io.battlesim.tiktok.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * PUTs a file to TikTok's upload URL chunk by chunk, in sequence, streaming each chunk from the source through a
 * small buffer. A chunk is retried with backoff on I/O failures and server errors (re-sending a range is safe: TikTok
 * answers 416 when it already has it, which counts as confirmed).
 */
final class ChunkUploader {

    /** The name errors carry instead of the upload URL, whose query holds the upload token. */
    static final String ENDPOINT = "upload_url";

    // The per-request timeout must cover sending the chunk itself, so it grows with the chunk at 256 KiB/s.
    private static final long SLOWEST_BYTES_PER_SECOND = 256 * 1024;

    private final HttpClient http;
    private final ClientSettings settings;

    ChunkUploader(HttpClient http, ClientSettings settings) {
        this.http = http;
        this.settings = settings;
    }

    UploadResult upload(URI url, ChunkPlan plan, UploadSource source, long confirmedBytes, UploadListener listener) {
        long first = firstChunk(plan, confirmedBytes);
        UploadRun run = new UploadRun(url, plan, source, listener);
        try (SourceCursor cursor = new SourceCursor(source, plan.videoSize(), listener)) {
            for (long index = first; index < plan.totalChunkCount(); index++) {
                run.sendChunk(cursor, index);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the upload source", e);
        }
        return new UploadResult(plan.videoSize(), plan.totalChunkCount() - first, run.retries);
    }

    private static long firstChunk(ChunkPlan plan, long confirmedBytes) {
        if (confirmedBytes == plan.videoSize()) {
            return plan.totalChunkCount();
        }
        long index = plan.chunkStartingAt(confirmedBytes);
        if (index < 0) {
            throw new IllegalArgumentException(
                    "confirmedBytes " + confirmedBytes + " is not a chunk boundary of " + plan);
        }
        return index;
    }

    /** The state of one upload call. */
    private final class UploadRun {
        private final URI url;
        private final ChunkPlan plan;
        private final UploadSource source;
        private final List<String> secrets;
        private int retries;

        UploadRun(URI url, ChunkPlan plan, UploadSource source, UploadListener listener) {
            this.url = url;
            this.plan = plan;
            this.source = source;
            this.secrets =
                    url.getRawQuery() == null ? List.of(url.toString()) : List.of(url.toString(), url.getRawQuery());
        }

        void sendChunk(SourceCursor cursor, long index) {
            ByteRange range = plan.range(index);
            boolean last = index == plan.totalChunkCount() - 1;
            for (int attempt = 1; ; attempt++) {
                TikTokException failure;
                boolean worthRetrying = true;
                try {
                    ChunkAnswer answer = put(cursor, range, attempt > 1);
                    if (answer.confirms(range, last)) {
                        cursor.confirmed(range.last() + 1);
                        return;
                    }
                    failure = answer.failure(range, last);
                    worthRetrying = answer.worthRetrying(range);
                } catch (TikTokTransportException e) {
                    failure = e;
                }
                if (attempt >= settings.retryPolicy().maxAttempts() || !worthRetrying) {
                    throw new TikTokUploadException(range.first(), plan.videoSize(), failure);
                }
                retries++;
                pause(attempt, range, failure);
            }
        }

        /**
         * PUTs one chunk. A retry asks before it sends the body ({@code Expect: 100-continue}), so a host that
         * refuses the chunk by its headers (416 because the lost attempt did arrive, 403, 404) answers instead of
         * taking the body: a host that answers early and closes while the body still comes has the connection
         * reset, and the reset can overtake its answer. Only retries ask: asking costs a round trip per chunk, and
         * up to 5 s with a host that ignores it.
         */
        private ChunkAnswer put(SourceCursor cursor, ByteRange range, boolean askFirst) {
            HttpRequest request = HttpRequest.newBuilder(url)
                    .timeout(settings.requestTimeout().plusSeconds(range.length() / SLOWEST_BYTES_PER_SECOND))
                    .expectContinue(askFirst)
                    .header("Content-Type", source.contentType())
                    .header("Content-Range", range.contentRange(plan.videoSize()))
                    // A publisher with a known length sends Content-Length instead of chunked transfer encoding.
                    .PUT(BodyPublishers.fromPublisher(
                            new ChunkBodyPublisher(() -> cursor.chunk(range), range.length()), range.length()))
                    .build();
            ApiCall call = new ApiCall(ENDPOINT, request, RetryScope.ANY_FAILURE, null, secrets);
            try {
                var response = http.send(request, BodyHandlers.ofByteArray());
                return new ChunkAnswer(new Exchange(call, response.statusCode(), response.headers(), response.body()));
            } catch (UncheckedIOException e) {
                throw HttpExchanger.failure(call, "Could not read the upload source", e, false, false);
            } catch (IOException e) {
                throw HttpExchanger.failure(call, "Upload of a chunk failed", e, false, false);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TikTokUploadException(
                        range.first(),
                        plan.videoSize(),
                        HttpExchanger.failure(call, "Interrupted while uploading", e, false, false));
            }
        }

        private void pause(int attempt, ByteRange range, TikTokException failure) {
            Duration pause = settings.retryPolicy()
                    .backoff(attempt, ThreadLocalRandom.current().nextDouble());
            try {
                settings.sleeper().sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TikTokUploadException(range.first(), plan.videoSize(), failure);
            }
        }
    }
}
