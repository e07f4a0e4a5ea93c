package io.battlesim.bench.audience;

/**
 * The measured window: the votes sent and counted, the SSE frames received and the CPU used between its start and
 * its end, the app's memory at its end.
 */
final class Window {

    private final long appPid;
    private final Usage start;
    private final long[] startCounts;
    private Usage end;
    private long[] endCounts;
    private String memory = "";

    private Window(long appPid, Usage start, long[] startCounts) {
        this.appPid = appPid;
        this.start = start;
        this.startCounts = startCounts;
        this.end = start;
        this.endCounts = startCounts;
    }

    static Window open(long appPid, WebVotes web, ChatVotes chat, Swarms swarms) {
        return new Window(appPid, Usage.take(appPid), counts(web, chat, swarms));
    }

    void close(WebVotes web, ChatVotes chat, Swarms swarms) {
        end = Usage.take(appPid);
        endCounts = counts(web, chat, swarms);
        memory = Usage.memory(appPid);
    }

    double seconds() {
        return (end.nanos() - start.nanos()) / 1e9;
    }

    /** The rows of the rates achieved. */
    void describe(Table table, Settings settings) {
        double web = perSecond(0);
        double chat = perSecond(1);
        double sent = perSecond(2) + perSecond(3);
        table.add(
                "votes counted/s (achieved)",
                "%,.1f over %.1f s: web %,.1f + chat %,.1f (sent %,.1f/s) [target %,d: %s]",
                web + chat,
                seconds(),
                web,
                chat,
                sent,
                settings.rate(),
                web + chat >= 0.99 * settings.rate() ? "MET" : "MISSED");
    }

    /** The row of the CPU and memory used. */
    void resources(Table table) {
        table.add("CPU and memory in the window", "%s; app %s", end.since(start), memory);
    }

    private double perSecond(int index) {
        return (endCounts[index] - startCounts[index]) / seconds();
    }

    /** SSE frames per second per client in the window. */
    double framesPerClient(int clients) {
        return perSecond(4) / Math.max(1, clients);
    }

    /** SSE kilobytes per second per client in the window. */
    double kilobytesPerClient(int clients) {
        return perSecond(5) / 1024 / Math.max(1, clients);
    }

    private static long[] counts(WebVotes web, ChatVotes chat, Swarms swarms) {
        return new long[] {
            web.tally().counted(), chat.tally().counted(), web.sent(), chat.sent(), swarms.frames(), swarms.bytes()
        };
    }
}
