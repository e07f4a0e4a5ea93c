package io.battlesim.app.fuzz;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends the requests a few at a time (a handful of clients, as real traffic) and checks every answer; the answers
 * are counted in a {@link FuzzReport}.
 */
final class FuzzRunner {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final FuzzWorld world;
    private final RawHttp raw;
    private final FuzzReport report;

    FuzzRunner(FuzzWorld world, RawHttp raw, FuzzReport report) {
        this.world = world;
        this.raw = raw;
        this.report = report;
    }

    void run(List<FuzzRequest> requests, int threads) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            for (int t = 0; t < threads; t++) {
                pool.execute(() -> {
                    for (int i = next.getAndIncrement(); i < requests.size(); i = next.getAndIncrement()) {
                        FuzzRequest request = requests.get(i);
                        Answer answer = send(request);
                        report.record(i, request, answer, AnswerChecks.problemWith(request, answer));
                    }
                });
            }
            pool.shutdown();
            if (!pool.awaitTermination(10, TimeUnit.MINUTES)) {
                throw new AssertionError("the fuzz run did not finish within 10 minutes");
            }
        }
    }

    private Answer send(FuzzRequest request) {
        if (request.raw() != null) {
            return raw.exchange(request.raw());
        }
        try {
            HttpResponse<String> response = world.browser(request.session())
                    .http()
                    .send(httpRequest(request), HttpResponse.BodyHandlers.ofString());
            return new Answer(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body(),
                    null);
        } catch (HttpTimeoutException e) {
            return Answer.none("no answer within " + TIMEOUT.toSeconds() + " s");
        } catch (IOException | IllegalArgumentException e) {
            return Answer.none(e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Answer.none("interrupted");
        }
    }

    private HttpRequest httpRequest(FuzzRequest request) {
        HttpRequest.BodyPublisher body = request.body().length == 0
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(request.body());
        HttpRequest.Builder builder = HttpRequest.newBuilder(
                        world.browser(request.session()).resolve(request.path()))
                .timeout(TIMEOUT)
                .method(request.method(), body);
        request.headers().forEach(header -> builder.header(header.name(), header.value()));
        return builder.build();
    }
}
