package org.setu.notification;

import io.quarkus.test.common.QuarkusTestResource;

/** GreenMail and WireMock for every @QuarkusTest of this module (see {@link FarSystems}). */
@QuarkusTestResource(FarSystems.class)
public class TestFarSystems {
}
