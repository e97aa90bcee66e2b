package org.setu.notification;

import io.quarkus.test.junit.QuarkusTest;
import org.setu.devstack.testing.ServiceFoundationContract;

@QuarkusTest
class NotificationServiceFoundationTest extends ServiceFoundationContract {
}
