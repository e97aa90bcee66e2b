package org.setu.directory;

import io.quarkus.test.junit.QuarkusTest;
import org.setu.devstack.testing.ServiceFoundationContract;

@QuarkusTest
class DirectoryServiceFoundationTest extends ServiceFoundationContract {
}
