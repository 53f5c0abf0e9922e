package org.hetao.registry.transfer.format;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A record named by its id in the registry that holds it: {@code registry:<instance>:<id>}, the
 * instance being that registry's id ({@link org.hetao.registry.config.RegistryInstance}). Files
 * written before registries had an instance id say {@code registry:<id>}, which does not tell whose
 * id it is: {@link #instance} is then null.
 */
public record RegistryRef(String instance, long id) {
    public static final String PREFIX = "registry:";
    private static final Pattern INSTANCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");
    private static final Pattern ID = Pattern.compile("[0-9]{1,18}");

    /** How an export names a record of the registry with this instance id. */
    public static String name(String instance, long id) {
        return PREFIX + instance + ":" + id;
    }

    /** The reference a name is, if it has one of the two forms; anything else is an office's own name. */
    public static Optional<RegistryRef> parse(String value) {
        if (value == null || !value.strip().startsWith(PREFIX)) {
            return Optional.empty();
        }
        String rest = value.strip().substring(PREFIX.length()).strip();
        if (ID.matcher(rest).matches()) {
            return Optional.of(new RegistryRef(null, Long.parseLong(rest)));
        }
        int colon = rest.lastIndexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        String instance = rest.substring(0, colon);
        String id = rest.substring(colon + 1);
        return isInstance(instance) && ID.matcher(id).matches()
                ? Optional.of(new RegistryRef(instance, Long.parseLong(id)))
                : Optional.empty();
    }

    /** Whether the text can be a registry's instance id: letters, digits, {@code .}, {@code _} and {@code -}, at most 40. */
    public static boolean isInstance(String value) {
        return value != null && INSTANCE.matcher(value).matches();
    }

    /** The same reference, naming the registry whose ids {@code registry:<id>} stands for when it names none. */
    public RegistryRef in(String defaultInstance) {
        return instance != null ? this : new RegistryRef(defaultInstance, id);
    }

    @Override
    public String toString() {
        return instance == null ? PREFIX + id : name(instance, id);
    }
}
