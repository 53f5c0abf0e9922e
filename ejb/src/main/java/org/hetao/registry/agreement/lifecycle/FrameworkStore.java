package org.hetao.registry.agreement.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.hetao.registry.agreement.Framework;
import org.hetao.registry.agreement.FrameworkLoader;
import org.hetao.registry.common.ErrorCode;
import org.hetao.registry.common.InvalidValueException;
import org.hetao.registry.common.NotFoundException;

/**
 * Stores the published versions of the IP framework and reads them. A published version never
 * changes, so each is parsed once and kept.
 */
@ApplicationScoped
public class FrameworkStore {
    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    private final Map<Integer, Framework> parsed = new ConcurrentHashMap<>();

    /** The framework of a published version; an unknown version is not found. */
    public Framework framework(int version) {
        Framework fw = parsed.get(version);
        if (fw == null) {
            FrameworkVersion stored =
                    find(version).orElseThrow(() -> new NotFoundException("No IP framework version " + version));
            fw = parse("IP framework version " + version, stored.getContent());
            parsed.putIfAbsent(version, fw);
        }
        return fw;
    }

    /** The newest version: the one new agreements are made under. */
    public Framework latest() {
        return framework(latestNumber());
    }

    public int latestNumber() {
        Integer max = em.createQuery("SELECT MAX(f.number) FROM FrameworkVersion f", Integer.class)
                .getSingleResult();
        if (max == null) {
            throw new IllegalStateException("No IP framework version is published: version 1 is seeded at start-up");
        }
        return max;
    }

    public Optional<FrameworkVersion> find(int version) {
        return Optional.ofNullable(em.find(FrameworkVersion.class, version));
    }

    /** Oldest first. */
    public List<FrameworkVersion> list() {
        return em.createQuery("SELECT f FROM FrameworkVersion f ORDER BY f.number", FrameworkVersion.class)
                .getResultList();
    }

    public void add(FrameworkVersion version) {
        em.persist(version);
    }

    public void flush() {
        em.flush();
    }

    /**
     * Reads a framework from its JSON document with the framework parser; anything missing or
     * malformed is a bad value of {@code framework}, with the parser's account of it.
     */
    public static Framework parse(String source, String json) {
        JsonObject object;
        try (JsonReader reader = Json.createReader(new StringReader(json == null ? "" : json))) {
            object = reader.readObject();
        } catch (RuntimeException e) {
            throw new InvalidValueException(
                    "framework", ErrorCode.FRAMEWORK_UNREADABLE, "is not a JSON object: " + e.getMessage());
        }
        try {
            return FrameworkLoader.parse(source, object);
        } catch (RuntimeException e) {
            String why = e.getMessage() == null
                    ? "a required part (version, published, title, templateNotice, headings, clauses, "
                            + "labels, warnings) is missing or of the wrong type"
                    : e.getMessage();
            throw new InvalidValueException("framework", ErrorCode.FRAMEWORK_UNREADABLE, "cannot be read: " + why);
        }
    }
}
