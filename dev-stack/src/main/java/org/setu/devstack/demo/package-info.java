/** {@code ./setu demo}, the airport-returnee story against the running platform, and demo users' tokens. */
package org.setu.devstack.demo;
