package org.setu.systemtests;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The agency portal in a real browser: runs the portal's Playwright tests ({@code portal/e2e}, node's test runner
 * with playwright-core driving Debian's Chromium) against the platform this run started, and fails with their
 * output when any of them fails. Their screenshots land in docs/portal/screenshots/.
 */
@ExtendWith(RunningPlatform.class)
class PortalSystemTest {

    private static final Path PORTAL = Path.of("..", "portal").toAbsolutePath().normalize();
    private static final int KEPT_LINES = 400;

    @Test
    void everyRoleUsesThePortalInARealBrowserThroughToTheClosedLoop() throws IOException, InterruptedException {
        assertThat(PORTAL.resolve("node_modules/playwright-core")).as("the portal build ran npm ci").exists();
        assertThat(Path.of(System.getProperty("setu.chromium", "/usr/bin/chromium")))
                .as("Chromium (apt-get install -y chromium, as .ci/run does)").exists();
        ProcessBuilder pb = new ProcessBuilder("npm", "run", "--silent", "e2e").directory(PORTAL.toFile()).redirectErrorStream(true);
        Process node = pb.start();
        Deque<String> tail = new ArrayDeque<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                System.out.println("[portal-e2e] " + line);
                tail.addLast(line);
                if (tail.size() > KEPT_LINES) tail.removeFirst();
            }
        }
        boolean ended = node.waitFor(10, TimeUnit.MINUTES);
        if (!ended) node.destroyForcibly();
        assertThat(ended && node.exitValue() == 0)
                .as("the portal's browser tests passed; their output:%n%s", String.join("\n", tail)).isTrue();
        try (var shots = Files.list(PORTAL.resolve("../docs/portal/screenshots"))) {
            assertThat(shots.count()).as("screenshots taken").isGreaterThan(0);
        }
    }
}
