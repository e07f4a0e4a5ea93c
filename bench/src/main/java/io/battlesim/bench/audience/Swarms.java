package io.battlesim.bench.audience;

import io.battlesim.bench.e2e.SseSwarm;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The battle's SSE clients: one swarm on the overlay stream ({@code /overlay/{token}/stream}, what OBS shows) and one
 * on the battle stream the viewer page and the scoreboard read ({@code /battles/{id}/stream}), each client's vote
 * totals kept in its {@link ClientTrail}.
 */
final class Swarms {

    private final VoteTotals overlayTotals;
    private final VoteTotals pageTotals;
    private final SseSwarm overlay;
    private final SseSwarm pages;
    private boolean connected;

    Swarms(Settings settings, AudienceApi.Battle battle) throws IOException {
        var address =
                new InetSocketAddress(settings.base().getHost(), settings.base().getPort());
        this.overlayTotals = new VoteTotals(settings.overlayClients());
        this.pageTotals = new VoteTotals(settings.pageClients());
        this.overlay = new SseSwarm(
                address, "/overlay/" + battle.overlayToken() + "/stream", settings.readers(), overlayTotals);
        this.pages = new SseSwarm(address, "/battles/" + battle.id() + "/stream", settings.readers(), pageTotals);
    }

    /** Opens the clients at {@code perSecond} and waits until each has its response headers (3 min at most). */
    boolean open(int overlayClients, int pageClients, int perSecond) throws InterruptedException {
        long start = System.nanoTime();
        int half = Math.max(1, perSecond / 2);
        connected = overlay.open(overlayClients, half, 180) & pages.open(pageClients, half, 180);
        System.out.printf(
                Locale.ROOT,
                "%,d + %,d SSE streams established in %.1f s (%d failed attempts)%n",
                overlay.established(),
                pages.established(),
                (System.nanoTime() - start) / 1e9,
                overlay.failures() + pages.failures());
        return connected;
    }

    boolean connected() {
        return connected;
    }

    int reopened() {
        return overlay.reopened() + pages.reopened();
    }

    long frames() {
        return overlay.frames() + pages.frames();
    }

    long bytes() {
        return overlay.bytes() + pages.bytes();
    }

    /** Closes every client; their trails are complete afterwards. */
    void close() throws InterruptedException {
        overlay.close();
        pages.close();
    }

    /** Every client's trail, overlay clients first; read them after {@link #close()}. */
    List<ClientTrail> trails() {
        List<ClientTrail> trails = new ArrayList<>(overlayTotals.trails());
        trails.addAll(pageTotals.trails());
        return trails;
    }
}
