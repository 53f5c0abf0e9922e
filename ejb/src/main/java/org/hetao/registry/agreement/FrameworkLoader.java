package org.hetao.registry.agreement;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hetao.registry.common.LocalizedText;
import org.hetao.registry.common.NotFoundException;

/**
 * Reads a framework version from the class path resource {@code framework/v<n>.json}. Published
 * versions never change, so each is read once and kept. A resource with a text missing in any of
 * the three languages is rejected as a whole.
 */
public final class FrameworkLoader {
    /** The version new agreements use. */
    public static final int CURRENT_VERSION = 1;

    private static final Map<Integer, Framework> LOADED = new ConcurrentHashMap<>();
    private static final Map<String, LocalizedText> SUPPLEMENT = supplement();

    private FrameworkLoader() {}

    public static Framework current() {
        return load(CURRENT_VERSION);
    }

    public static Framework load(int version) {
        return LOADED.computeIfAbsent(version, FrameworkLoader::read);
    }

    private static Framework read(int version) {
        String resource = "framework/v" + version + ".json";
        try (InputStream in = FrameworkLoader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new NotFoundException("No IP framework version " + version);
            }
            try (JsonReader reader = Json.createReader(in)) {
                return parse(resource, reader.readObject());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    /**
     * Reads a framework from its JSON document; {@code source} names it in error messages. Fails
     * with {@link IllegalStateException} (or a JSON exception) when a part or a language is missing.
     */
    public static Framework parse(String source, JsonObject json) {
        int version = json.getInt("version");
        return new Framework(
                version,
                LocalDate.parse(json.getString("published")),
                text(source, "title", json.get("title")),
                text(source, "templateNotice", json.get("templateNotice")),
                texts(source, json, "headings"),
                texts(source, json, "clauses"),
                withSupplement(texts(source, json, "labels")),
                texts(source, json, "warnings"));
    }

    /**
     * The labels with those of {@code framework/supplement.json} that they lack: texts the renderer
     * and the API came to need after a version was published (warning titles, filing statuses).
     */
    private static Map<String, LocalizedText> withSupplement(Map<String, LocalizedText> labels) {
        Map<String, LocalizedText> all = new LinkedHashMap<>(labels);
        SUPPLEMENT.forEach(all::putIfAbsent);
        return all;
    }

    private static Map<String, LocalizedText> supplement() {
        String resource = "framework/supplement.json";
        try (InputStream in = FrameworkLoader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The resource " + resource + " is missing from the application");
            }
            try (JsonReader reader = Json.createReader(in)) {
                return Map.copyOf(texts(resource, reader.readObject(), "labels"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    private static Map<String, LocalizedText> texts(String source, JsonObject json, String group) {
        JsonObject object = json.getJsonObject(group);
        if (object == null) {
            throw new IllegalStateException(source + " has no \"" + group + "\"");
        }
        Map<String, LocalizedText> texts = new LinkedHashMap<>();
        object.forEach((key, value) -> texts.put(key, text(source, group + "." + key, value)));
        return texts;
    }

    private static LocalizedText text(String source, String key, JsonValue value) {
        if (!(value instanceof JsonObject o)) {
            throw new IllegalStateException(
                    source + ": \"" + key + "\" must be an object with en, zh-Hant and zh-Hans");
        }
        return new LocalizedText(
                required(source, key, o, "en"),
                required(source, key, o, "zh-Hant"),
                required(source, key, o, "zh-Hans"));
    }

    private static String required(String source, String key, JsonObject o, String language) {
        String s = o.getString(language, null);
        if (s == null || s.isBlank()) {
            throw new IllegalStateException(source + ": \"" + key + "\" has no " + language + " text");
        }
        return s;
    }
}
