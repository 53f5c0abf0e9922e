package org.hetao.registry.lucene;

import java.util.List;

/**
 * Text cut into segments, each either plain or a match of the query. Callers render the segments
 * themselves (escaping the text), so no markup produced from indexed text ever needs trusting.
 */
public record HighlightedText(List<Segment> segments) {

    /** A run of text; {@code highlighted} when it matched the query. */
    public record Segment(String text, boolean highlighted) {}

    public HighlightedText {
        segments = List.copyOf(segments);
    }

    /** The whole text as one plain segment. */
    public static HighlightedText plain(String text) {
        return new HighlightedText(text.isEmpty() ? List.of() : List.of(new Segment(text, false)));
    }

    /** Whether any segment matched. */
    public boolean hasHighlights() {
        return segments.stream().anyMatch(Segment::highlighted);
    }

    /** The text without marks. */
    public String plainText() {
        StringBuilder text = new StringBuilder();
        segments.forEach(s -> text.append(s.text()));
        return text.toString();
    }

    /** HTML with the text escaped and matches wrapped in {@code <mark>...</mark>}. */
    public String toHtml() {
        StringBuilder html = new StringBuilder();
        for (Segment segment : segments) {
            if (segment.highlighted()) {
                html.append("<mark>");
            }
            escape(segment.text(), html);
            if (segment.highlighted()) {
                html.append("</mark>");
            }
        }
        return html.toString();
    }

    private static void escape(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }
}
