/**
 * Process control: the local platform's parts (PostgreSQL, Kafka, Keycloak, mail, the services, the portal) as
 * child processes, {@link org.setu.devstack.Platform} that starts and stops them together, the
 * {@link org.setu.devstack.Supervisor} that brings back what dies, and {@link org.setu.devstack.Backup}.
 * The command line is in {@code cli}, the demo story in {@code demo}, and what other modules' tests use in
 * {@code testing}.
 */
package org.setu.devstack;
