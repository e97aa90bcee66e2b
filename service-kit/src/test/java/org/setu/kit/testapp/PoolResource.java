package org.setu.kit.testapp;

import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Takes the database pool's connections, so that a test can see what a caller gets when none is left. */
@Path("/api/v1/test/pool")
@Blocking
public class PoolResource {

    private static final java.util.concurrent.atomic.AtomicInteger HELD = new java.util.concurrent.atomic.AtomicInteger();

    @Inject
    DataSource dataSource;

    /** How many connections the holders have now. */
    @GET
    @Path("held")
    public int held() {
        return HELD.get();
    }

    /** Holds a connection for five seconds. */
    @GET
    @Path("hold")
    public String hold() throws SQLException, InterruptedException {
        try (Connection c = dataSource.getConnection()) {
            HELD.incrementAndGet();
            try {
                Thread.sleep(5000);
            } finally {
                HELD.decrementAndGet();
            }
            return "held";
        }
    }

    @GET
    @Path("use")
    public String use() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT 1")) {
            rs.next();
            return "used";
        }
    }
}
