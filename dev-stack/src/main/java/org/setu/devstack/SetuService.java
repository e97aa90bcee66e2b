package org.setu.devstack;

import java.util.List;

/** The five services, with their fixed local ports and databases (docs/operator-guide.md). */
public enum SetuService {
    SCREENING("screening-service", 8081, "setu_screening"),
    REFERRAL("referral-service", 8082, "setu_referral"),
    DIRECTORY("provider-directory-service", 8083, "setu_directory"),
    NOTIFICATION("notification-service", 8084, "setu_notification"),
    STATISTICS("statistics-service", 8085, "setu_statistics");

    private final String module;
    private final int port;
    private final String database;

    SetuService(String module, int port, String database) {
        this.module = module;
        this.port = port;
        this.database = database;
    }

    public String module() { return module; }
    public int port() { return port; }
    public String database() { return database; }
    public String baseUrl() { return "http://localhost:" + port; }

    public static List<SetuService> all() {
        return List.of(values());
    }
}
