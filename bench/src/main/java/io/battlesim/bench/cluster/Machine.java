package io.battlesim.bench.cluster;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Readings from Linux's {@code /proc}: the CPU time of a process or of every process with a given name, the
 * machine's busy and total clock ticks, a process's resident memory. Zero where unreadable (not Linux, a process
 * gone).
 */
final class Machine {

    /** {@code USER_HZ}: clock ticks per second in {@code /proc}, 100 on every Linux this runs on. */
    private static final long NANOS_PER_TICK = 10_000_000L;

    /** A client backend's title: {@code postgres: 15/main: <user> <database> <host>(<port>) <state>}. */
    private static final Pattern BACKEND = Pattern.compile(": \\S+ (\\S+) (?:\\S+\\(\\d+\\)|\\[local\\]) ");

    private Machine() {}

    /** CPU time of process {@code pid}, user and system, in nanoseconds. */
    static long cpuNanos(long pid) {
        return ProcessHandle.of(pid)
                .flatMap(handle -> handle.info().totalCpuDuration())
                .map(Duration::toNanos)
                .orElse(0L);
    }

    /**
     * CPU time of every process whose name ({@code /proc/<pid>/comm}) is {@code name} and whose command line {@code
     * belongs} accepts, in nanoseconds. A process that ended meanwhile drops out of the sum, so the sums of
     * long-lived processes (connection pools, a Redis server) are the ones to trust.
     */
    static long cpuNanosOfAll(String name, Predicate<String> belongs) {
        long ticks = 0;
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path process : processes) {
                ticks += ticksIfNamed(process, name, belongs);
            }
        } catch (IOException | RuntimeException unreadable) {
            return 0;
        }
        return ticks * NANOS_PER_TICK;
    }

    /**
     * CPU time of the PostgreSQL server as far as {@code database} uses it: its own backends (their titles name it)
     * and the shared background processes (WAL writer, checkpointer, ...), not other databases' backends.
     */
    static long cpuNanosOfPostgres(String database) {
        return cpuNanosOfAll("postgres", command -> {
            Matcher backend = BACKEND.matcher(command);
            return !backend.find() || backend.group(1).equals(database);
        });
    }

    private static long ticksIfNamed(Path process, String name, Predicate<String> belongs) {
        try {
            String stat = Files.readString(process.resolve("stat"));
            int open = stat.indexOf('(');
            int close = stat.lastIndexOf(')');
            if (open < 0 || close < open || !stat.substring(open + 1, close).equals(name)) {
                return 0;
            }
            String command = Files.readString(process.resolve("cmdline")).replace('\0', ' ');
            if (!belongs.test(command)) {
                return 0;
            }
            // after "(comm) ": state ppid pgrp session tty_nr tpgid flags minflt cminflt majflt cmajflt utime stime
            String[] fields = stat.substring(close + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }

    /** Busy clock ticks (all but idle and iowait) and all clock ticks of all cores since boot. */
    static long[] ticks() {
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
            // not Linux
        }
        return new long[] {busy, all};
    }

    /** Resident memory of process {@code pid} in KB ({@code VmRSS}). */
    static long rssKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            // gone
        }
        return 0;
    }
}
