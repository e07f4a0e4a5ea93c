package io.battlesim.bench.audience;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * CPU time of the app, of this harness and of the whole machine at one moment, so a window's figures say how busy
 * the app was and how much else ran beside it (other builds share the machine). Linux {@code /proc}; zeros where
 * unreadable.
 *
 * @param nanos {@code System.nanoTime()}
 * @param appCpuNanos the app's CPU time
 * @param harnessCpuNanos this process's CPU time
 * @param machineBusyTicks busy clock ticks of all cores ({@code /proc/stat}: all but idle and iowait)
 * @param machineTicks all clock ticks of all cores
 */
record Usage(long nanos, long appCpuNanos, long harnessCpuNanos, long machineBusyTicks, long machineTicks) {

    static Usage take(long appPid) {
        long app = appPid < 0
                ? 0
                : ProcessHandle.of(appPid)
                        .flatMap(handle -> handle.info().totalCpuDuration())
                        .map(Duration::toNanos)
                        .orElse(0L);
        long harness = ProcessHandle.current()
                .info()
                .totalCpuDuration()
                .map(Duration::toNanos)
                .orElse(0L);
        long busy = 0;
        long all = 0;
        try {
            String[] cpu =
                    Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
            for (int i = 1; i < cpu.length && i <= 8; i++) { // user nice system idle iowait irq softirq steal
                long ticks = Long.parseLong(cpu[i]);
                all += ticks;
                busy += i == 4 || i == 5 ? 0 : ticks;
            }
        } catch (IOException | RuntimeException unreadable) {
            // not Linux: machine figures stay 0
        }
        return new Usage(System.nanoTime(), app, harness, busy, all);
    }

    /** Cores busy since {@code earlier}: the app, this harness, the rest of the machine. */
    String since(Usage earlier) {
        double seconds = (nanos - earlier.nanos) / 1e9;
        int cores = Runtime.getRuntime().availableProcessors();
        double app = (appCpuNanos - earlier.appCpuNanos) / 1e9 / seconds;
        double harness = (harnessCpuNanos - earlier.harnessCpuNanos) / 1e9 / seconds;
        long ticks = machineTicks - earlier.machineTicks;
        double machine =
                ticks <= 0 ? Double.NaN : cores * (double) (machineBusyTicks - earlier.machineBusyTicks) / ticks;
        return String.format(
                Locale.ROOT,
                "app %.2f cores (%.0f%% of %d), harness %.2f, everything else %.2f; machine %.2f of %d busy",
                app,
                100 * app / cores,
                cores,
                harness,
                Math.max(0, machine - app - harness),
                machine,
                cores);
    }

    /** The app's resident memory now and at its peak, from {@code /proc/<pid>/status}. */
    static String memory(long appPid) {
        try {
            long rss = -1;
            long peak = -1;
            for (String line : Files.readAllLines(Path.of("/proc/" + appPid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    rss = kilobytes(line);
                } else if (line.startsWith("VmHWM:")) {
                    peak = kilobytes(line);
                }
            }
            return String.format(Locale.ROOT, "RSS %,d MB (peak %,d MB)", rss / 1024, peak / 1024);
        } catch (IOException | RuntimeException unreadable) {
            return "RSS unknown";
        }
    }

    private static long kilobytes(String line) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
    }
}
