package io.battlesim.bench.upload;

import io.battlesim.tiktok.client.ChunkPlan;
import io.battlesim.tiktok.client.ContentPosting;
import io.battlesim.tiktok.client.CreatorInfo;
import io.battlesim.tiktok.client.MediaSource;
import io.battlesim.tiktok.client.PostInfo;
import io.battlesim.tiktok.client.TikTokClient;
import io.battlesim.tiktok.client.UploadListener;
import io.battlesim.tiktok.client.UploadSource;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Uploads files of the given sizes (MiB, default 100, 500 and 1024) to the emulator with the SDK and with curl, and
 * prints each one's throughput (median of five alternating runs, -Drepeats=N), the SDK/curl ratio and the SDK's heap (after GC,
 * and peak during the upload; the largest of those runs).
 *
 * <pre>java -Xmx256m -cp bench/target/benchmarks.jar io.battlesim.bench.upload.UploadBenchmark [100,500,1024]</pre>
 */
public final class UploadBenchmark {

    private static final long MIB = 1L << 20;
    private static final int REPEATS = Integer.getInteger("repeats", 5);

    private final EmulatorProcess emulator;
    private final ContentPosting posting;
    private final Path workDir;
    private final PrintStream out;
    private int run;

    private UploadBenchmark(EmulatorProcess emulator, Path workDir, PrintStream out) {
        this.emulator = emulator;
        this.workDir = workDir;
        this.out = out;
        this.posting = TikTokClient.builder()
                .clientKey(EmulatorHost.CLIENT_KEY)
                .clientSecret(EmulatorHost.CLIENT_SECRET)
                .authorizeBaseUri(emulator.baseUrl())
                .apiBaseUri(emulator.baseUrl())
                .requestTimeout(Duration.ofMinutes(2))
                .build()
                .contentPosting();
    }

    public static void main(String[] args) throws Exception {
        List<Long> sizes = new ArrayList<>();
        for (String size : (args.length == 0 ? "100,500,1024" : args[0]).split(",")) {
            sizes.add(Long.parseLong(size.trim()) * MIB);
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path workDir = Files.createTempDirectory("upload-bench");
        try (EmulatorProcess emulator = EmulatorProcess.start()) {
            new UploadBenchmark(emulator, workDir, out).runAll(sizes);
        } finally {
            try (var files = Files.list(workDir)) {
                for (Path file : files.toList()) {
                    Files.deleteIfExists(file);
                }
            }
            Files.deleteIfExists(workDir);
        }
    }

    private void runAll(List<Long> sizes) throws IOException, InterruptedException {
        out.printf(
                "java %s, %d cores, max heap %d MiB, emulator pid %d on %s%n",
                Runtime.version(),
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / MIB,
                emulator.pid(),
                emulator.baseUrl());
        measure(100 * MIB, false); // warm-up: JIT for the SDK path and the emulator
        out.printf(
                "%-9s %-7s %-12s %-12s %-10s %-18s %-16s%n",
                "size_MiB", "chunks", "sdk_MiB/s", "curl_MiB/s", "sdk/curl", "heap_after_gc_MiB", "heap_peak_MiB");
        for (long size : sizes) {
            measure(size, true);
        }
    }

    /** Alternates SDK and curl {@link #REPEATS} times (loopback figures are noisy) and reports the medians. */
    private void measure(long size, boolean print) throws IOException, InterruptedException {
        Path video = createVideo(size);
        try {
            ChunkPlan plan = ChunkPlan.forSize(size);
            List<Double> sdkRates = new ArrayList<>();
            List<Double> curlRates = new ArrayList<>();
            long heapAfterGc = 0;
            long heapPeak = 0;
            for (int repeat = 0; repeat < REPEATS; repeat++) {
                String token = emulator.token(run++);
                if (repeat % 2 == 1) {
                    curlRates.add(rate(size, CurlUpload.run(video, plan, init(token, plan), workDir)));
                }
                Run sdk = sdkUpload(video, plan, token);
                sdkRates.add(rate(size, sdk.nanos()));
                heapAfterGc = Math.max(heapAfterGc, sdk.heapAfterGc());
                heapPeak = Math.max(heapPeak, sdk.heapPeak());
                if (repeat % 2 == 0) {
                    curlRates.add(rate(size, CurlUpload.run(video, plan, init(token, plan), workDir)));
                }
            }
            if (print) {
                double sdkRate = median(sdkRates);
                double curlRate = median(curlRates);
                out.printf(
                        "%-9d %-7d %-12.1f %-12.1f %-10.2f %-18.1f %-16.1f%n",
                        size / MIB,
                        plan.totalChunkCount(),
                        sdkRate,
                        curlRate,
                        sdkRate / curlRate,
                        heapAfterGc / (double) MIB,
                        heapPeak / (double) MIB);
            }
        } finally {
            Files.deleteIfExists(video);
        }
    }

    private Run sdkUpload(Path video, ChunkPlan plan, String token) {
        URI uploadUrl = init(token, plan);
        HeapProbe.start();
        long start = System.nanoTime();
        posting.upload(uploadUrl, plan, UploadSource.ofPath(video), UploadListener.none());
        long elapsed = System.nanoTime() - start;
        long peak = HeapProbe.peak();
        return new Run(elapsed, HeapProbe.usedAfterGc(), peak);
    }

    private URI init(String token, ChunkPlan plan) {
        CreatorInfo creator = posting.creatorInfo(token);
        String privacy = creator.privacyLevelOptions().contains("SELF_ONLY")
                ? "SELF_ONLY"
                : creator.privacyLevelOptions().getFirst();
        return posting.initDirectVideo(token, PostInfo.of("Upload benchmark", privacy), MediaSource.fileUpload(plan))
                .uploadUrl()
                .orElseThrow();
    }

    /** Pseudo-random bytes (incompressible), written through one 1 MiB buffer. */
    private Path createVideo(long size) throws IOException {
        Path video = workDir.resolve("video-" + size + ".mp4");
        byte[] block = new byte[(int) MIB];
        new Random(size).nextBytes(block);
        try (FileChannel out = FileChannel.open(video, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            for (long written = 0; written < size; ) {
                ByteBuffer buffer = ByteBuffer.wrap(block, 0, (int) Math.min(MIB, size - written));
                while (buffer.hasRemaining()) {
                    written += out.write(buffer);
                }
            }
        }
        return video;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static double rate(long bytes, long nanos) {
        return bytes / (double) MIB / (nanos / 1e9);
    }

    private record Run(long nanos, long heapAfterGc, long heapPeak) {}
}
