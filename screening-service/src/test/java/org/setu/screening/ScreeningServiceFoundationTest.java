package org.setu.screening;

import io.quarkus.test.junit.QuarkusTest;
import org.setu.devstack.testing.ServiceFoundationContract;

@QuarkusTest
class ScreeningServiceFoundationTest extends ServiceFoundationContract {
}
