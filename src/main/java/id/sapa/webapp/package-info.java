/**
 * The web app's delivery: its page and its modules (src/main/resources/static, no build step),
 * served so that a browser fetches them once per version of Sapa and never runs an old module with
 * a new page.
 */
@ApplicationModule(allowedDependencies = {})
package id.sapa.webapp;

import org.springframework.modulith.ApplicationModule;
