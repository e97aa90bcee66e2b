package org.setu.bench;

import org.setu.devstack.SetuService;
import org.setu.devstack.StateFolder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What each service costs the machine: resident memory (VmRSS of its process, found through the pid file that
 * ./setu writes) and its JVM-mode start time (the "started in" line Quarkus logs).
 */
final class Footprint {

    private static final Pattern STARTED = Pattern.compile("started in ([0-9.]+)s");

    private Footprint() {
    }

    /** Resident MiB of each running service. */
    static Map<SetuService, Double> rss(StateFolder state) {
        Map<SetuService, Double> out = new LinkedHashMap<>();
        for (SetuService s : SetuService.all()) pid(state, s).flatMap(Footprint::rssKb).ifPresent(kb -> out.put(s, kb / 1024.0));
        return out;
    }

    /** The last start time each service logged, in seconds. */
    static Map<SetuService, Double> startSeconds(StateFolder state) {
        Map<SetuService, Double> out = new LinkedHashMap<>();
        for (SetuService s : SetuService.all()) {
            Path log = state.log(s.module());
            try {
                if (!Files.exists(log)) continue;
                Double last = null;
                for (String line : Files.readAllLines(log)) {
                    Matcher m = STARTED.matcher(line);
                    if (m.find()) last = Double.parseDouble(m.group(1));
                }
                if (last != null) out.put(s, last);
            } catch (IOException | RuntimeException e) {
                // an unreadable log only leaves the figure out
            }
        }
        return out;
    }

    private static Optional<Long> pid(StateFolder state, SetuService s) {
        try {
            Path p = state.pidFile(s.module());
            return Files.exists(p) ? Optional.of(Long.parseLong(Files.readString(p).trim())) : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    static Optional<Long> rssKb(long pid) {
        try {
            List<String> status = Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"));
            return status.stream().filter(l -> l.startsWith("VmRSS:"))
                    .map(l -> Long.parseLong(l.replaceAll("[^0-9]", ""))).findFirst();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The JVM options the screening service runs with (as the others do), read from its command line. */
    static String serviceJavaOptions(StateFolder state) {
        return pid(state, SetuService.SCREENING).map(pid -> {
            try {
                String[] args = Files.readString(Path.of("/proc", Long.toString(pid), "cmdline")).split("\0");
                List<String> opts = new java.util.ArrayList<>();
                for (int i = 1; i < args.length && !args[i].equals("-jar"); i++) opts.add(args[i]);
                return String.join(" ", opts);
            } catch (java.io.IOException e) {
                return "unknown";
            }
        }).orElse("unknown");
    }
}
