/** Sign-up, sign-in, access tokens and who may do what. */
@ApplicationModule(allowedDependencies = {"shared", "tenant", "operator"})
package id.sapa.auth;

import org.springframework.modulith.ApplicationModule;
