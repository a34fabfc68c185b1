/** The customers of a tenant: one contact per phone number, with tags, segments, counters and blocking. */
@ApplicationModule(allowedDependencies = {"shared", "tenant"})
package id.sapa.contact;

import org.springframework.modulith.ApplicationModule;
