/** The users of a tenant: its owner and CS operators, their roles, presence and workload. */
@ApplicationModule(allowedDependencies = {"shared", "tenant"})
package id.sapa.operator;

import org.springframework.modulith.ApplicationModule;
