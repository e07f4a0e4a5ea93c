package io.battlesim.app.fuzz;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** The figures of a fuzz run (answers by status class, per target) and every failure, with what to rerun. */
final class FuzzReport {

    private static final int SHOWN = 40;

    /** One request whose answer broke a rule. */
    record Failure(int index, String request, int status, String contentType, String problem, String body) {}

    private final long seed;
    private final Map<String, int[]> byTarget = new TreeMap<>();
    private final int[] total = new int[6];
    private final List<Failure> failures = new ArrayList<>();

    FuzzReport(long seed) {
        this.seed = seed;
    }

    /** Counts an answer (status 0: none) and keeps the failure, if there is one. */
    synchronized void record(int index, FuzzRequest request, Answer answer, @Nullable String problem) {
        count(request.target(), answer.status());
        if (problem != null) {
            String body = answer.body().replaceAll("\\s+", " ");
            failures.add(new Failure(
                    index,
                    request.describe(),
                    answer.status(),
                    answer.contentType(),
                    problem,
                    body.substring(0, Math.min(body.length(), 300))));
        }
    }

    /** Counts an exchange that has no HTTP status of its own (a WebSocket message), as its answer says. */
    synchronized void record(String target, int status, @Nullable String problem, String what) {
        count(target, status);
        if (problem != null) {
            failures.add(new Failure(-1, "[" + target + "] " + what, status, "", problem, ""));
        }
    }

    private void count(String target, int status) {
        int bucket = status == 0 ? 0 : Math.min(5, Math.max(1, status / 100));
        total[bucket]++;
        byTarget.computeIfAbsent(target, name -> new int[6])[bucket]++;
    }

    synchronized int requests() {
        int sum = 0;
        for (int count : total) {
            sum += count;
        }
        return sum;
    }

    synchronized List<Failure> failures() {
        return List.copyOf(failures);
    }

    /** The figures, one line in all and one per target. */
    synchronized String figures(long millis) {
        StringBuilder text = new StringBuilder();
        text.append("Fuzz run, seed ")
                .append(seed)
                .append(": ")
                .append(line(total))
                .append(" in ")
                .append(millis / 1000.0)
                .append(" s");
        byTarget.forEach((target, counts) ->
                text.append("\n  ").append(target).append(": ").append(line(counts)));
        return text.toString();
    }

    /** Every failure (the first ones in full) and how to run the same requests again. */
    synchronized String failureReport() {
        StringBuilder text = new StringBuilder();
        text.append(failures.size())
                .append(" answer(s) broke the rules; rerun with -Dfuzz.seed=")
                .append(seed)
                .append(" -Dtest=FuzzIntegrationTests");
        failures.stream()
                .sorted(Comparator.comparingInt(Failure::index))
                .limit(SHOWN)
                .forEach(failure -> text.append("\n#")
                        .append(failure.index())
                        .append(' ')
                        .append(failure.request())
                        .append("\n    -> ")
                        .append(failure.status())
                        .append(' ')
                        .append(failure.contentType())
                        .append(": ")
                        .append(failure.problem())
                        .append("\n    ")
                        .append(failure.body()));
        if (failures.size() > SHOWN) {
            text.append("\n… and ").append(failures.size() - SHOWN).append(" more");
        }
        return text.toString();
    }

    private static String line(int[] counts) {
        int sum = 0;
        for (int count : counts) {
            sum += count;
        }
        return sum + " requests, 2xx " + counts[2] + ", 3xx " + counts[3] + ", 4xx " + counts[4] + ", 5xx " + counts[5]
                + (counts[0] + counts[1] > 0 ? ", other " + (counts[0] + counts[1]) : "");
    }
}
