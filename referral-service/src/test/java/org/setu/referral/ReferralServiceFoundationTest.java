package org.setu.referral;

import io.quarkus.test.junit.QuarkusTest;
import org.setu.devstack.testing.ServiceFoundationContract;

@QuarkusTest
class ReferralServiceFoundationTest extends ServiceFoundationContract {
}
