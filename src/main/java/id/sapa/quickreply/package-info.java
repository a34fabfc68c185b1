/**
 * Quick replies: ready-made answers the team inserts by shortcut ({@code /greeting}), shared with the
 * whole team or kept personal, with their use counted.
 */
@ApplicationModule(allowedDependencies = {"shared", "tenant"})
package id.sapa.quickreply;

import org.springframework.modulith.ApplicationModule;
