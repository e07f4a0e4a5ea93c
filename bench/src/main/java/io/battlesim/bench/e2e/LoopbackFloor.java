package io.battlesim.bench.e2e;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The floor under the latency benchmark: what it costs this machine's kernel to move one small SSE frame over
 * loopback TCP to one of many clients, with no HTTP, JSON or battle work at all. One JVM opens {@code --sockets}
 * loopback connections; one writer thread sends a score-sized frame to each in turn (non-blocking, as any
 * event-loop server would), {@code --readers} selector threads read them, as the harness's clients do. It prints
 * frames per second and the CPU time per frame of the writer (what any SSE server pays per viewer update) and of
 * the readers (what the harness pays), kernel time included, and what those costs mean for the clients' update
 * rates a latency target needs.
 *
 * <p>Usage: {@code java -cp bench/target/benchmarks.jar io.battlesim.bench.e2e.LoopbackFloor --sockets=9000
 * [--seconds=10] [--readers=2] [--frame-bytes=200]}. Each connection takes two file descriptors in this process.
 */
public final class LoopbackFloor {

    private LoopbackFloor() {}

    public static void main(String[] args) throws Exception {
        int sockets = intOption(args, "sockets", 9_000);
        int seconds = intOption(args, "seconds", 10);
        int readerCount = intOption(args, "readers", 2);
        int frameBytes = intOption(args, "frame-bytes", 200);
        List<SocketChannel> served = new ArrayList<>(sockets);
        List<Reader> readers = new ArrayList<>();
        for (int i = 0; i < readerCount; i++) {
            readers.add(new Reader());
        }
        try (ServerSocketChannel server = ServerSocketChannel.open()) {
            server.bind(new InetSocketAddress("127.0.0.1", 0), 4096);
            for (int i = 0; i < sockets; i++) {
                SocketChannel client = SocketChannel.open(server.getLocalAddress());
                SocketChannel accepted = server.accept();
                accepted.configureBlocking(false);
                accepted.setOption(StandardSocketOptions.TCP_NODELAY, true);
                served.add(accepted);
                readers.get(i % readerCount).add(client);
            }
        }
        readers.forEach(Thread::start);
        ByteBuffer frame = frame(frameBytes);
        Result warmUp = write(served, readers, frame, Math.max(1, seconds / 3));
        Result result = write(served, readers, frame, seconds);
        readers.forEach(Reader::interrupt);
        System.out.printf(
                Locale.ROOT,
                "%,d loopback connections, %d-byte frames, 1 writer + %d reader threads, %d cores (warm-up %,.0f frames/s)%n",
                sockets,
                frameBytes,
                readerCount,
                Runtime.getRuntime().availableProcessors(),
                warmUp.framesPerSecond());
        System.out.printf(
                Locale.ROOT,
                "  %,.0f frames/s; CPU per frame: writer %.1f us, readers %.1f us (kernel included)%n",
                result.framesPerSecond(),
                result.writerMicrosPerFrame(),
                result.readerMicrosPerFrame());
        for (int updatesPerSecond : new int[] {10, 20}) {
            double frames = (double) sockets * updatesPerSecond;
            System.out.printf(
                    Locale.ROOT,
                    "  %d updates/s to each client = %,.0f frames/s: writer %.2f cores + readers %.2f cores%n",
                    updatesPerSecond,
                    frames,
                    frames * result.writerMicrosPerFrame() / 1e6,
                    frames * result.readerMicrosPerFrame() / 1e6);
        }
        for (SocketChannel channel : served) {
            channel.close();
        }
    }

    /**
     * One measured run.
     *
     * @param framesPerSecond frames written per second
     * @param writerMicrosPerFrame the writer thread's CPU time per frame
     * @param readerMicrosPerFrame the reader threads' CPU time per frame
     */
    private record Result(double framesPerSecond, double writerMicrosPerFrame, double readerMicrosPerFrame) {}

    private static Result write(List<SocketChannel> served, List<Reader> readers, ByteBuffer frame, int seconds)
            throws IOException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long readerStart = readerCpu(threads, readers);
        long writerStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long end = start + TimeUnit.SECONDS.toNanos(seconds);
        long frames = 0;
        while (System.nanoTime() < end) {
            for (SocketChannel channel : served) {
                frame.rewind();
                if (channel.write(frame) > 0) {
                    frames++;
                }
            }
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        long writer = threads.getCurrentThreadCpuTime() - writerStart;
        long reader = readerCpu(threads, readers) - readerStart;
        return new Result(frames / elapsed, writer / 1e3 / frames, reader / 1e3 / frames);
    }

    /** An SSE event of {@code bytes} bytes in an HTTP chunk, as a chunked response carries it. */
    private static ByteBuffer frame(int bytes) {
        StringBuilder event = new StringBuilder("id: 123456\nevent: score\ndata: {\"version\":1234,\"pad\":\"");
        while (event.length() < bytes - 4) {
            event.append('0');
        }
        event.append("\"}\n\n");
        String chunk = Integer.toHexString(event.length()) + "\r\n" + event + "\r\n";
        return ByteBuffer.wrap(chunk.getBytes(StandardCharsets.US_ASCII));
    }

    private static long readerCpu(ThreadMXBean threads, List<Reader> readers) {
        long total = 0;
        for (Reader reader : readers) {
            total += threads.getThreadCpuTime(reader.threadId());
        }
        return total;
    }

    private static int intOption(String[] args, String name, int fallback) {
        String prefix = "--" + name + "=";
        for (String arg : args) {
            if (arg.startsWith(prefix)) {
                return Integer.parseInt(arg.substring(prefix.length()).replace("_", ""));
            }
        }
        return fallback;
    }

    /** Reads whatever arrives on its connections and throws it away, as a client that only counts bytes. */
    private static final class Reader extends Thread {

        private final Selector selector;
        private final ByteBuffer buffer = ByteBuffer.allocateDirect(64 * 1024);

        Reader() throws IOException {
            super("floor-reader");
            setDaemon(true);
            this.selector = Selector.open();
        }

        void add(SocketChannel channel) throws IOException {
            channel.configureBlocking(false);
            channel.register(selector, SelectionKey.OP_READ);
        }

        @Override
        public void run() {
            try {
                while (!isInterrupted()) {
                    selector.select();
                    Iterator<SelectionKey> keys = selector.selectedKeys().iterator();
                    while (keys.hasNext()) {
                        SelectionKey key = keys.next();
                        keys.remove();
                        buffer.clear();
                        ((SocketChannel) key.channel()).read(buffer);
                    }
                }
            } catch (IOException closed) {
                // the run is over
            }
        }
    }
}
