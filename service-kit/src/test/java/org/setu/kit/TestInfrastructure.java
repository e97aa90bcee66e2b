package org.setu.kit;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.setu.devstack.testing.DevStackTestResource;

/** Real PostgreSQL (database setu_kit_test) and a private Kafka broker for the kit's @QuarkusTests. */
@QuarkusTestResource(value = DevStackTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "setu_kit_test"))
public class TestInfrastructure {
}
