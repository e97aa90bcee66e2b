package org.setu.systemtests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The matrix of {@code docs/access-model.md}, read from the Markdown table itself so that the published model and
 * the test cannot drift apart.
 */
final class AccessModel {

    /** One row: an endpoint called with a body (or none), and the status each user must get. */
    record Row(String service, String method, String path, String body, List<String> users, List<Integer> expected) {
        @Override
        public String toString() {
            return service + " " + method + " " + path;
        }
    }

    private AccessModel() {
    }

    static List<Row> rows() {
        List<String> lines = read();
        List<Row> rows = new ArrayList<>();
        List<String> users = null;
        for (String line : lines) {
            if (!line.startsWith("| ")) continue;
            List<String> cells = Arrays.stream(line.substring(1, line.length() - (line.endsWith("|") ? 1 : 0)).split("\\|"))
                    .map(String::strip).toList();
            if (cells.get(0).equals("service") && cells.size() > 4 && cells.get(3).equals("body")) {
                users = cells.subList(4, cells.size());
                continue;
            }
            if (users == null || cells.get(0).startsWith("---")) continue;
            if (cells.size() != 4 + users.size()) throw new IllegalStateException("a row of the wrong width: " + line);
            rows.add(new Row(cells.get(0), cells.get(1), cells.get(2).replace("`", ""), cells.get(3), users,
                    cells.subList(4, cells.size()).stream().map(Integer::valueOf).toList()));
        }
        if (rows.isEmpty()) throw new IllegalStateException("no matrix in docs/access-model.md");
        return rows;
    }

    private static List<String> read() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path doc = dir.resolve("docs/access-model.md");
            if (Files.isRegularFile(doc)) {
                try {
                    return Files.readAllLines(doc);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("docs/access-model.md not found above " + Path.of("").toAbsolutePath());
    }
}
