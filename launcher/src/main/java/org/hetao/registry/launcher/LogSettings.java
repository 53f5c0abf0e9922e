package org.hetao.registry.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The logging configuration the registry runs with ({@code logging.properties} beside this class):
 * short lines, the registry's own events at INFO and the server's only from WARNING up, in place of
 * Payara Micro's hundreds of lines of boot commands, certificate dumps and endpoint lists. Handed to
 * Payara with {@value #OPTION}; a file the user names with that option is used instead.
 */
final class LogSettings {
    static final String OPTION = "--logproperties";
    private static final String RESOURCE = "logging.properties";

    private LogSettings() {}

    /** The registry's logging configuration, comments included. */
    static String registrySettings() {
        try (InputStream in = LogSettings.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The launcher's " + RESOURCE + " is missing");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The options with {@value #OPTION} and a file in {@code directory} added, unless they name one already. */
    static String[] withLogSettings(String[] options, Path directory) throws IOException {
        for (String option : options) {
            if (OPTION.equalsIgnoreCase(option)) {
                return options;
            }
        }
        Path file = Files.createTempFile(directory, "registry-logging-", ".properties");
        file.toFile().deleteOnExit();
        Files.writeString(file, registrySettings(), java.nio.charset.StandardCharsets.ISO_8859_1);
        List<String> result = new ArrayList<>(List.of(options));
        result.add(OPTION);
        result.add(file.toString());
        return result.toArray(new String[0]);
    }
}
