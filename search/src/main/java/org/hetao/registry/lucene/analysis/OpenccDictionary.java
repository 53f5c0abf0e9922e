package org.hetao.registry.lucene.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One dictionary file of Open Chinese Convert (OpenCC, Apache-2.0), shipped unchanged in {@code
 * opencc/} beside this class with its licence: one {@code key<TAB>value value...} line per entry,
 * the preferred value first, {@code #} comments. Read in file order; a repeated key keeps its first
 * line.
 */
final class OpenccDictionary {

    static final String DIRECTORY = "opencc/";

    private final String name;
    private final Map<String, List<String>> entries;

    private OpenccDictionary(String name, Map<String, List<String>> entries) {
        this.name = name;
        this.entries = Collections.unmodifiableMap(entries);
    }

    /** Reads {@code opencc/<name>.txt} from the classpath. */
    static OpenccDictionary load(String name) {
        String resource = DIRECTORY + name + ".txt";
        Map<String, List<String>> entries = new LinkedHashMap<>();
        try (InputStream in = OpenccDictionary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                if (tab <= 0 || tab == line.length() - 1) {
                    throw new IllegalStateException("bad line in " + resource + ": " + line);
                }
                String key = line.substring(0, tab).strip();
                List<String> values = Arrays.stream(
                                line.substring(tab + 1).strip().split(" +"))
                        .toList();
                entries.putIfAbsent(key, values);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new OpenccDictionary(name, entries);
    }

    String name() {
        return name;
    }

    /** Key to values, preferred value first, in file order. */
    Map<String, List<String>> entries() {
        return entries;
    }
}
