package org.setu.statistics;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.setu.devstack.testing.DevStackTestResource;

/** Real PostgreSQL (database setu_statistics_test) and a real Kafka broker for every @QuarkusTest of this module. */
@QuarkusTestResource(value = DevStackTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "setu_statistics_test"))
public class TestInfrastructure {
}
