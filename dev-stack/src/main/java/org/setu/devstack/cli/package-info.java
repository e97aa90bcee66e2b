/** The Java half of {@code ./setu}: up, down, status, stop, restart, backup, restore, token and demo. */
package org.setu.devstack.cli;
