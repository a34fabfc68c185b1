package id.sapa.tenant.web;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import id.sapa.shared.Actor;
import id.sapa.shared.ProblemException;
import id.sapa.tenant.BusinessHours;
import id.sapa.tenant.Tenant;
import id.sapa.tenant.TenantChanges;
import id.sapa.tenant.TenantLocale;
import id.sapa.tenant.Tenants;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/tenant")
@Tag(name = "Tenant", description = "The caller's business and its settings")
class TenantController {

    private final Tenants tenants;

    TenantController(Tenants tenants) {
        this.tenants = tenants;
    }

    @GetMapping
    @Operation(summary = "The caller's tenant")
    TenantResponse get(@AuthenticationPrincipal Actor actor) {
        return TenantResponse.of(tenants.get(actor.tenantId()));
    }

    @PatchMapping
    @PreAuthorize("hasAuthority('MANAGE_TENANT')")
    @Operation(summary = "Change the tenant's name, time zone, locale, settings or business hours (owner, admin)",
            description = "businessHours {start, end, timezone?, days?, schedule?, holidays?} replaces the hours whole; "
                    + "time-based auto-replies without hours of their own follow them")
    TenantResponse update(@AuthenticationPrincipal Actor actor, @Valid @RequestBody UpdateTenantRequest request) {
        return TenantResponse.of(tenants.update(actor.tenantId(), request.toChanges()));
    }

    record UpdateTenantRequest(
            @Size(min = 1, max = 120) @Pattern(regexp = ".*\\S.*", message = "{jakarta.validation.constraints.NotBlank.message}") String name,
            @Size(max = 64) String timezone,
            TenantLocale locale,
            Map<String, Object> settings,
            BusinessHours businessHours) {

        TenantChanges toChanges() {
            return new TenantChanges(name == null ? null : name.strip(), zone(), locale, settings, businessHours);
        }

        private ZoneId zone() {
            if (timezone == null) {
                return null;
            }
            try {
                return ZoneId.of(timezone);
            } catch (DateTimeException e) {
                throw ProblemException.invalidField("timezone", BusinessHours.TIME_ZONE);
            }
        }
    }

    /** @param businessHours the business's hours: its own, else the default ones */
    record TenantResponse(String id, String name, String timezone, TenantLocale locale, Map<String, Object> settings,
            BusinessHours businessHours) {
        static TenantResponse of(Tenant tenant) {
            return new TenantResponse(tenant.id().toString(), tenant.name(), tenant.timezone().getId(), tenant.locale(),
                    tenant.settings(), tenant.businessHours());
        }
    }
}
