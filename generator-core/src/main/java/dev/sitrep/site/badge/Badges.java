package dev.sitrep.site.badge;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.sitrep.i18n.Strings;
import dev.sitrep.metrics.ComponentState;
import dev.sitrep.metrics.CurrentStatus;
import dev.sitrep.metrics.UptimeReport;
import dev.sitrep.model.Component;
import dev.sitrep.site.JsonDocuments;
import dev.sitrep.site.KeyedOutput;
import dev.sitrep.site.SiteContext;
import dev.sitrep.site.SitePart;
import dev.sitrep.site.SiteSink;

import java.io.IOException;

/**
 * The badges of the site, images that need no JavaScript for a README or a wiki page:
 * <ul>
 *   <li>{@code status.svg} and {@code shields.json}: the overall status, labelled {@code status}, with the words of
 *       {@code api/v2/status.json}'s {@code status.description} ({@code status | all systems operational});</li>
 *   <li>{@code components/<id>/status.svg} and {@code components/<id>/shields.json}: a component's status, labelled
 *       with its name, with the words of its {@code status} in {@code api/v2/components.json}
 *       ({@code Public API | partial outage});</li>
 *   <li>{@code components/<id>/uptime.svg}: its uptime over the status page's 90 days, labelled {@code <name> uptime}
 *       so that several badges side by side say which is which, as the status page writes it ({@code 99.95%}).</li>
 * </ul>
 * A {@code shields.json} is a shields.io endpoint badge ({@code https://img.shields.io/endpoint?url=...}) with the
 * same label, message and colours as the SVG, for those who want shields.io's styles.
 */
public final class Badges implements SitePart {

    /** How long shields.io may cache an endpoint badge, in seconds: its minimum, so a new status shows soon. */
    static final int CACHE_SECONDS = 300;

    @Override
    public void render(SiteContext context, SiteSink sink) {
        CurrentStatus status = context.metrics().status();
        UptimeReport uptime = context.metrics().uptime();
        Strings strings = context.strings();
        Badge overall = Badge.overall(status.indicator(), strings);
        // each file is keyed by its badge: one whose words and colour did not change is kept as it was
        KeyedOutput out = new KeyedOutput(context, sink);
        out.put("status.svg", overall, () -> BadgeSvg.render(overall));
        out.put("shields.json", overall, () -> json("shields.json", overall));
        for (ComponentState state : status.components()) {
            Component component = state.component();
            String folder = "components/" + component.id() + "/";
            Badge badge = Badge.component(component.name(), state.status(), strings);
            out.put(folder + "status.svg", badge, () -> BadgeSvg.render(badge));
            out.put(folder + "shields.json", badge, () -> json(folder + "shields.json", badge));
            Badge up = Badge.uptime(component.name(), uptime.component(component.id()).percent(), strings);
            out.put(folder + "uptime.svg", up, () -> BadgeSvg.render(up));
        }
    }

    private static byte[] json(String path, Badge badge) {
        return JsonDocuments.bytes(path, new Endpoint(1, badge.label(), badge.message(), badge.colour().hex(),
                BadgeColour.LABEL, CACHE_SECONDS));
    }

    /** A shields.io endpoint badge, its fields in the order of its documentation. */
    record Endpoint(int schemaVersion, String label, String message, String color, String labelColor,
                    int cacheSeconds) implements JsonDocuments.Document {
        @Override
        public void write(JsonGenerator json) throws IOException {
            json.writeStartObject();
            json.writeNumberField("schemaVersion", schemaVersion);
            json.writeStringField("label", label);
            json.writeStringField("message", message);
            json.writeStringField("color", color);
            json.writeStringField("labelColor", labelColor);
            json.writeNumberField("cacheSeconds", cacheSeconds);
            json.writeEndObject();
        }
    }
}
