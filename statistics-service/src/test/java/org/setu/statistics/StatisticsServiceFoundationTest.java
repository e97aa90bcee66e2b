package org.setu.statistics;

import io.quarkus.test.junit.QuarkusTest;
import org.setu.devstack.testing.ServiceFoundationContract;

@QuarkusTest
class StatisticsServiceFoundationTest extends ServiceFoundationContract {
}
