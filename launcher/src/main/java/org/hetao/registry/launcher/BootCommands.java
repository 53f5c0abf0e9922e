package org.hetao.registry.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The Payara Micro commands the registry always boots with ({@code pre-boot-commands.txt} beside
 * this class), handed to Payara as one {@code --prebootcommandfile}. A file the user names with
 * that option is not lost: its commands follow the registry's in the same file, so they run too
 * and a deliberate setting of the user's wins.
 */
final class BootCommands {
    static final String PRE_BOOT_OPTION = "--prebootcommandfile";
    private static final String RESOURCE = "pre-boot-commands.txt";

    private BootCommands() {}

    /** The registry's own pre-boot commands, comments included. */
    static String registryCommands() {
        try (InputStream in = BootCommands.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The launcher's " + RESOURCE + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The options with every {@code --prebootcommandfile} replaced by one that names a new file in
     * {@code directory}: the registry's commands, then those of each file the user named, in order.
     */
    static String[] withPreBootCommands(String[] options, Path directory) throws IOException {
        List<String> result = new ArrayList<>();
        StringBuilder commands = new StringBuilder(registryCommands());
        for (int i = 0; i < options.length; i++) {
            if (!PRE_BOOT_OPTION.equalsIgnoreCase(options[i])) {
                result.add(options[i]);
                continue;
            }
            if (i + 1 == options.length) {
                throw new IllegalArgumentException(PRE_BOOT_OPTION + " needs a file name");
            }
            Path userFile = Path.of(options[++i]);
            if (!Files.isReadable(userFile)) {
                throw new IllegalArgumentException("Cannot read the pre-boot command file " + userFile);
            }
            commands.append(System.lineSeparator())
                    .append("# from ")
                    .append(userFile)
                    .append(System.lineSeparator())
                    .append(Files.readString(userFile))
                    .append(System.lineSeparator());
        }
        Path merged = Files.createTempFile(directory, "registry-pre-boot-", ".txt");
        merged.toFile().deleteOnExit();
        Files.writeString(merged, commands);
        result.add(PRE_BOOT_OPTION);
        result.add(merged.toString());
        return result.toArray(new String[0]);
    }
}
