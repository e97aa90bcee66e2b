/**
 * Test support that the services' and the kit's tests share: real PostgreSQL and Kafka for a
 * {@code @QuarkusTest} ({@link org.setu.devstack.testing.DevStackTestResource}), the foundation contract every
 * service passes, and a topic reader. It lives in {@code src/main} because other modules' tests use it and the
 * build publishes no test jars; nothing in the launcher depends on it.
 */
package org.setu.devstack.testing;
