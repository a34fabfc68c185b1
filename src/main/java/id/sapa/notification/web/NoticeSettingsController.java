package id.sapa.notification.web;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import id.sapa.notification.NoticeSettings;
import id.sapa.notification.Notifications;
import id.sapa.shared.Actor;
import id.sapa.shared.ProblemException;
import id.sapa.shared.Text;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/notifications/settings")
@Tag(name = "Notifications", description = "Billing notices to the business's customers (seed 004)")
class NoticeSettingsController {

    private final Notifications notifications;

    NoticeSettingsController(Notifications notifications) {
        this.notifications = notifications;
    }

    /**
     * @param quietStart with {@code quietEnd}, the hours (business time, HH:mm) no notice goes; they wait
     *                   until the end. Both null: none
     * @param dailyCap   notices a day from the number at most; the rest wait until the next day. Null: none
     */
    record SettingsView(@Schema(example = "500") Integer dailyCap, @Schema(example = "21:00") String quietStart,
            @Schema(example = "07:00") String quietEnd) {

        static SettingsView of(NoticeSettings settings) {
            return new SettingsView(settings.dailyCap(), text(settings.quietStart()), text(settings.quietEnd()));
        }

        private static String text(LocalTime time) {
            return time == null ? null : time.toString();
        }
    }

    @GetMapping
    @Operation(summary = "When notices may go: quiet hours and the daily cap")
    SettingsView get(@AuthenticationPrincipal Actor actor) {
        return SettingsView.of(notifications.settings(actor.tenantId()));
    }

    @PutMapping
    @PreAuthorize("hasAuthority('MANAGE_TENANT')")
    @Operation(summary = "Set the quiet hours and the daily cap", description = "400 naming the field for a bad value.")
    SettingsView save(@AuthenticationPrincipal Actor actor, @RequestBody SettingsView request) {
        return SettingsView.of(notifications.saveSettings(actor.tenantId(), new NoticeSettings(request.dailyCap(),
                time(request.quietStart(), "quietStart"), time(request.quietEnd(), "quietEnd"))));
    }

    private static LocalTime time(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(text.strip());
        } catch (DateTimeParseException notATime) {
            throw ProblemException.invalidField(field, new Text("harus berupa jam, misalnya 21:00", "must be a time of day such as 21:00"));
        }
    }
}
