package org.hetao.registry.web.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hetao.registry.common.ErrorCode;
import org.junit.jupiter.api.Test;

/** The web UI phrases every error code of the API in each of its languages. */
class ErrorMessagesTest {
    private static final Path MESSAGES = Path.of("src", "main", "webapp", "js", "messages");

    @Test
    void everyCodeHasAMessageInEachLanguage() throws IOException {
        for (String language : List.of("en", "zh-Hant", "zh-Hans")) {
            String bundle = Files.readString(MESSAGES.resolve(language + ".js"));
            for (ErrorCode code : ErrorCode.values()) {
                assertTrue(
                        bundle.contains("\"error.code." + code.code() + "\":"),
                        () -> language + ".js has no message for the code " + code.code());
            }
            assertTrue(
                    bundle.contains("\"error.code.fallback\":") && bundle.contains("\"error.problem.fallback\":"),
                    () -> language + ".js has the general sentences for codes it does not know");
        }
    }
}
