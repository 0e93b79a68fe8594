package org.teikit.lsp;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The editor's settings, from initializationOptions or workspace/didChangeConfiguration, under {@code teikit}:
 * {@code schema} (for documents that name none, instead of the project schema), {@code catalogs} (OASIS catalogs
 * mapping schema URLs to files, as {@code validate --catalog}), {@code schematron} (true) and {@code debounce}
 * (milliseconds between the last edit and the validation it starts).
 */
record Settings(String defaultSchema, List<Path> catalogs, boolean schematron, int debounceMillis) {
    static final Settings DEFAULTS = new Settings(null, List.of(), true, 20);

    Settings {
        catalogs = List.copyOf(catalogs);
    }

    /** Reads {@code {"teikit": {...}}} or the inner object itself; what is absent or malformed keeps its value. */
    Settings with(Object json) {
        if (!(json instanceof JsonElement element) || !element.isJsonObject()) return this;
        JsonObject o = element.getAsJsonObject();
        if (o.has("teikit") && o.get("teikit").isJsonObject()) o = o.getAsJsonObject("teikit");
        String schema = defaultSchema;
        List<Path> cats = catalogs;
        boolean sch = schematron;
        int debounce = debounceMillis;
        if (o.has("schema")) schema = o.get("schema").isJsonPrimitive() && !o.get("schema").getAsString().isBlank()
                ? o.get("schema").getAsString() : null;
        if (o.has("catalogs") && o.get("catalogs").isJsonArray()) {
            cats = new ArrayList<>();
            for (JsonElement c : (JsonArray) o.get("catalogs")) if (c.isJsonPrimitive()) cats.add(Path.of(c.getAsString()));
        }
        if (o.has("schematron") && o.get("schematron").isJsonPrimitive()) sch = o.get("schematron").getAsBoolean();
        if (o.has("debounce") && o.get("debounce").isJsonPrimitive()) debounce = Math.max(0, o.get("debounce").getAsInt());
        return new Settings(schema, cats, sch, debounce);
    }
}
