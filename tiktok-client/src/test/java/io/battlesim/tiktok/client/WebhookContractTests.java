package io.battlesim.tiktok.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The SDK's verifier accepts what the emulator signs and delivers, and refuses it once altered or stale. */
class WebhookContractTests {

    private record Delivery(String signature, String body) {}

    private final EmulatorFixture tiktok = EmulatorFixture.startForPublishing();
    private final BlockingQueue<Delivery> deliveries = new LinkedBlockingQueue<>();
    private final HttpServer receiver = startReceiver();
    private final WebhookVerifier verifier =
            new WebhookVerifier(EmulatorFixture.CLIENT_SECRET, WebhookVerifier.DEFAULT_TOLERANCE, tiktok.clock());

    @AfterEach
    void stop() {
        receiver.stop(0);
        tiktok.close();
    }

    @Test
    void verifiesAndParsesAnEventTheEmulatorSigned() throws InterruptedException {
        String openId = tiktok.account("ava.sparks").openId();

        tiktok.emulator()
                .webhooks()
                .send(EmulatorFixture.CLIENT_KEY, "authorization.removed", openId, Map.of("reason", 1));
        Delivery delivery = next();
        WebhookEvent event = verifier.verify(delivery.signature(), delivery.body());

        assertThat(event.event()).isEqualTo("authorization.removed");
        assertThat(event.clientKey()).isEqualTo(EmulatorFixture.CLIENT_KEY);
        assertThat(event.userOpenId()).isEqualTo(openId);
        assertThat(event.contentField("reason")).contains("1");
    }

    @Test
    void refusesTheSameDeliveryTamperedOrReplayedLater() throws InterruptedException {
        tiktok.emulator()
                .webhooks()
                .send(EmulatorFixture.CLIENT_KEY, "post.publish.complete", "oid", Map.of("publish_id", "p1"));
        Delivery delivery = next();

        assertThatExceptionOfType(WebhookSignatureException.class)
                .isThrownBy(() ->
                        verifier.verify(delivery.signature(), delivery.body().replace("p1", "p2")))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(WebhookSignatureException.Reason.SIGNATURE_MISMATCH));
        tiktok.clock().advance(Duration.ofMinutes(6));
        assertThatExceptionOfType(WebhookSignatureException.class)
                .isThrownBy(() -> verifier.verify(delivery.signature(), delivery.body()))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(WebhookSignatureException.Reason.STALE_TIMESTAMP));
    }

    private Delivery next() throws InterruptedException {
        Delivery delivery = deliveries.poll(10, TimeUnit.SECONDS);
        assertThat(delivery).as("a webhook delivery").isNotNull();
        return delivery;
    }

    private HttpServer startReceiver() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/webhooks/tiktok", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                deliveries.add(new Delivery(exchange.getRequestHeaders().getFirst("TikTok-Signature"), body));
                exchange.sendResponseHeaders(200, -1);
                exchange.close();
            });
            server.start();
            tiktok.emulator()
                    .webhooks()
                    .callbackUrl(
                            EmulatorFixture.CLIENT_KEY,
                            "http://127.0.0.1:" + server.getAddress().getPort() + "/webhooks/tiktok");
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
