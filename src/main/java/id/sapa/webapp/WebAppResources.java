package id.sapa.webapp;

import java.time.Duration;
import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.AbstractResourceResolver;
import org.springframework.web.servlet.resource.ResourceResolverChain;

import jakarta.servlet.http.HttpServletRequest;

/**
 * {@code /v/<version>/…}: the static files under a version's address, kept by browsers for a year
 * without asking again. Any version serves today's files: a tab opened before an upgrade that loads
 * one more screen gets a working module rather than a 404 (its next page load moves it to the new
 * version).
 */
@Configuration
class WebAppResources implements WebMvcConfigurer {

    static final String PREFIX = "v/";

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/" + PREFIX + "**")
                .addResourceLocations("classpath:/static/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                .resourceChain(true)
                .addResolver(new WithoutVersion());
    }

    /** {@code <version>/app/app.js} is {@code app/app.js}. */
    private static final class WithoutVersion extends AbstractResourceResolver {

        @Override
        protected Resource resolveResourceInternal(HttpServletRequest request, String requestPath,
                List<? extends Resource> locations, ResourceResolverChain chain) {
            int slash = requestPath.indexOf('/');
            return slash <= 0 ? null : chain.resolveResource(request, requestPath.substring(slash + 1), locations);
        }

        @Override
        protected String resolveUrlPathInternal(String resourceUrlPath, List<? extends Resource> locations,
                ResourceResolverChain chain) {
            return null;
        }
    }
}
