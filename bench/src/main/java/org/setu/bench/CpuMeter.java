package org.setu.bench;

import org.setu.devstack.StateFolder;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * CPU time each part of the platform used, read from {@code /proc/<pid>/stat}: every process {@code ./setu} started
 * (its pid files: the services, the portal, Kafka, Keycloak, the mail server), PostgreSQL (every process named
 * {@code postgres}, plus what the server's exited backends left in the postmaster's children's time) and this JVM,
 * the load generator. Divided by the operations of a phase, it is the phase's cost per operation: a figure that
 * moves less with the machine's other work than a rate does, because waiting costs no CPU.
 */
final class CpuMeter {

    /** Linux reports /proc times in USER_HZ, which is 100 on every architecture the project runs on. */
    private static final double MS_PER_TICK = 10.0;
    static final String POSTGRESQL = "postgresql";
    static final String LOAD_GENERATOR = "load generator (bench)";

    private CpuMeter() {
    }

    /** CPU milliseconds used so far, by part. */
    static Map<String, Double> snapshot(StateFolder state) {
        Map<String, Double> ms = new TreeMap<>();
        try (DirectoryStream<Path> pids = Files.newDirectoryStream(state.run(), "*.pid")) {
            for (Path p : pids) {
                String name = p.getFileName().toString().replace(".pid", "");
                if (name.equals("setu")) continue; // the launcher waits; its children have files of their own
                pid(p).flatMap(pid -> ticks(pid, false)).ifPresent(t -> ms.put(name, t * MS_PER_TICK));
            }
        } catch (IOException e) {
            // no run folder: nothing of ./setu runs, only the others are counted
        }
        ms.put(POSTGRESQL, postgresTicks() * MS_PER_TICK);
        ticks(ProcessHandle.current().pid(), false).ifPresent(t -> ms.put(LOAD_GENERATOR, t * MS_PER_TICK));
        return ms;
    }

    /** What each part used between two snapshots, per operation; parts that used nothing are left out. */
    static Map<String, Double> perOperation(Map<String, Double> before, Map<String, Double> after, long operations) {
        Map<String, Double> out = new LinkedHashMap<>();
        if (operations <= 0) return out;
        double total = 0;
        for (Map.Entry<String, Double> e : after.entrySet()) {
            Double was = before.get(e.getKey());
            if (was == null) continue; // restarted or started in between: its counter began again
            double used = Math.max(0, e.getValue() - was) / operations;
            if (used > 0) out.put(e.getKey(), used);
            total += used;
        }
        out.put("total", total);
        return out;
    }

    private static long postgresTicks() {
        long sum = 0;
        try (DirectoryStream<Path> procs = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path proc : procs) {
                long pid = Long.parseLong(proc.getFileName().toString());
                Optional<String[]> stat = stat(pid);
                if (stat.isEmpty() || !stat.get()[0].equals("postgres")) continue;
                boolean postmaster = stat(Long.parseLong(stat.get()[2])).map(parent -> !parent[0].equals("postgres")).orElse(true);
                sum += ticks(stat.get(), postmaster);
            }
        } catch (IOException | NumberFormatException e) {
            return sum;
        }
        return sum;
    }

    private static Optional<Long> ticks(long pid, boolean withChildren) {
        return stat(pid).map(s -> ticks(s, withChildren));
    }

    /** utime + stime, and for the postmaster cutime + cstime: the backends that ended since it started. */
    private static long ticks(String[] s, boolean withChildren) {
        long t = Long.parseLong(s[12]) + Long.parseLong(s[13]);
        return withChildren ? t + Long.parseLong(s[14]) + Long.parseLong(s[15]) : t;
    }

    /** The fields after the pid, the command name first (without parentheses; it may contain spaces). */
    private static Optional<String[]> stat(long pid) {
        try {
            String line = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            int open = line.indexOf('(');
            int close = line.lastIndexOf(')');
            String[] rest = line.substring(close + 2).split(" ");
            String[] fields = new String[rest.length + 1];
            fields[0] = line.substring(open + 1, close);
            System.arraycopy(rest, 0, fields, 1, rest.length);
            return Optional.of(fields);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<Long> pid(Path file) {
        try {
            return Optional.of(Long.parseLong(Files.readString(file).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
