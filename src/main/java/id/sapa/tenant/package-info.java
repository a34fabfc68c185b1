/** Tenants: the businesses using Sapa, with their time zone, locale and settings. */
@ApplicationModule(allowedDependencies = "shared")
package id.sapa.tenant;

import org.springframework.modulith.ApplicationModule;
