package io.battlesim.bench.upload;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Starts {@link EmulatorHost} in a child JVM with this JVM's java and class path, and reads its URL and tokens. */
final class EmulatorProcess implements AutoCloseable {

    private final Process process;
    private final URI baseUrl;
    private final List<String> tokens;

    private EmulatorProcess(Process process, URI baseUrl, List<String> tokens) {
        this.process = process;
        this.baseUrl = baseUrl;
        this.tokens = List.copyOf(tokens);
    }

    static EmulatorProcess start() throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(
                        java, "-cp", System.getProperty("java.class.path"), EmulatorHost.class.getName())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        BufferedReader lines =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        URI base = null;
        List<String> tokens = new ArrayList<>();
        for (String line = lines.readLine(); line != null && !line.equals("READY"); line = lines.readLine()) {
            if (line.startsWith("BASE ")) {
                base = URI.create(line.substring(5));
            } else if (line.startsWith("TOKEN ")) {
                tokens.add(line.substring(6));
            }
        }
        if (base == null || tokens.isEmpty()) {
            process.destroy();
            throw new IOException("the emulator process did not start");
        }
        return new EmulatorProcess(process, base, tokens);
    }

    URI baseUrl() {
        return baseUrl;
    }

    /** One signed-in creator's access token per run, so no run meets another's per-token or daily limits. */
    String token(int run) {
        return tokens.get(run % tokens.size());
    }

    long pid() {
        return process.pid();
    }

    @Override
    public void close() throws IOException {
        process.getOutputStream().close();
        process.destroy();
    }
}
