package io.battlesim.bench.upload;

import io.battlesim.tiktok.client.ByteRange;
import io.battlesim.tiktok.client.ChunkPlan;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Uploads the same chunks with one {@code curl} process (one connection, {@code --next} per chunk): {@code -T} on
 * chunk files cut from the video before timing, with the same headers the SDK sends.
 */
final class CurlUpload {

    private CurlUpload() {}

    /** Cuts the chunk files (untimed), runs curl, checks the statuses and returns curl's wall time in nanos. */
    static long run(Path video, ChunkPlan plan, URI uploadUrl, Path workDir) throws IOException, InterruptedException {
        List<Path> chunks = cut(video, plan, workDir);
        try {
            List<String> command = command(plan, uploadUrl, chunks);
            long start = System.nanoTime();
            Process curl = new ProcessBuilder(command)
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            String statuses = new String(curl.getInputStream().readAllBytes()).trim();
            int exit = curl.waitFor();
            long elapsed = System.nanoTime() - start;
            check(exit, statuses, plan);
            return elapsed;
        } finally {
            for (Path chunk : chunks) {
                Files.deleteIfExists(chunk);
            }
        }
    }

    private static List<String> command(ChunkPlan plan, URI uploadUrl, List<Path> chunks) {
        List<String> command = new ArrayList<>(List.of("curl"));
        for (int i = 0; i < chunks.size(); i++) {
            if (i > 0) {
                command.add("--next");
            }
            ByteRange range = plan.range(i);
            command.addAll(List.of(
                    "-sS",
                    "-o",
                    "/dev/null",
                    "-w",
                    "%{http_code}\\n",
                    "-H",
                    "Content-Type: video/mp4",
                    "-H",
                    "Content-Range: " + range.contentRange(plan.videoSize()),
                    // curl would otherwise wait for "100 Continue" before each body over 1 MiB.
                    "-H",
                    "Expect:",
                    "-T",
                    chunks.get(i).toString(),
                    // -T appends the file name to a URL path ending in "/" (as TikTok's does), so the path and
                    // query go verbatim as the request target instead.
                    "--request-target",
                    uploadUrl.getRawPath() + "?" + uploadUrl.getRawQuery(),
                    uploadUrl.getScheme() + "://" + uploadUrl.getRawAuthority() + "/chunk"));
        }
        return command;
    }

    private static List<Path> cut(Path video, ChunkPlan plan, Path workDir) throws IOException {
        List<Path> chunks = new ArrayList<>();
        try (FileChannel in = FileChannel.open(video, StandardOpenOption.READ)) {
            for (ByteRange range : plan.ranges()) {
                Path chunk = workDir.resolve("chunk-" + range.first());
                try (FileChannel out =
                        FileChannel.open(chunk, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                    long done = 0;
                    while (done < range.length()) {
                        done += in.transferTo(range.first() + done, range.length() - done, out);
                    }
                }
                chunks.add(chunk);
            }
        }
        return chunks;
    }

    private static void check(int exit, String statuses, ChunkPlan plan) {
        List<String> expected = new ArrayList<>();
        for (long i = 0; i < plan.totalChunkCount(); i++) {
            expected.add(i == plan.totalChunkCount() - 1 ? "201" : "206");
        }
        if (exit != 0 || !List.of(statuses.split("\\s+")).equals(expected)) {
            throw new IllegalStateException("curl exited " + exit + " with statuses " + statuses);
        }
    }
}
