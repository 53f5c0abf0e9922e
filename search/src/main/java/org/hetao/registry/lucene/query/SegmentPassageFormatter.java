package org.hetao.registry.lucene.query;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.hetao.registry.lucene.HighlightedText;
import org.hetao.registry.lucene.HighlightedText.Segment;

/**
 * Formats the unified highlighter's passages as {@link HighlightedText} segments instead of HTML,
 * with an ellipsis where text was cut.
 */
final class SegmentPassageFormatter extends PassageFormatter {

    static final String ELLIPSIS = "…";

    @Override
    public HighlightedText format(Passage[] passages, String content) {
        List<Segment> segments = new ArrayList<>();
        int previousEnd = 0;
        for (Passage passage : passages) {
            int start = passage.getStartOffset();
            int end = Math.min(passage.getEndOffset(), content.length());
            if (start > previousEnd || (start > 0 && segments.isEmpty())) {
                add(segments, ELLIPSIS, false);
            }
            int cursor = start;
            for (int i = 0; i < passage.getNumMatches(); i++) {
                int matchStart = Math.max(passage.getMatchStarts()[i], cursor);
                int matchEnd = Math.min(passage.getMatchEnds()[i], end);
                if (matchEnd <= matchStart) {
                    continue;
                }
                add(segments, content.substring(cursor, matchStart), false);
                add(segments, content.substring(matchStart, matchEnd), true);
                cursor = matchEnd;
            }
            add(segments, content.substring(cursor, end), false);
            previousEnd = end;
        }
        if (previousEnd < content.length() && !segments.isEmpty()) {
            add(segments, ELLIPSIS, false);
        }
        return new HighlightedText(segments);
    }

    /** Appends text, merging it into the last segment when both are plain or both highlighted. */
    private static void add(List<Segment> segments, String text, boolean highlighted) {
        if (text.isEmpty()) {
            return;
        }
        int last = segments.size() - 1;
        if (last >= 0 && segments.get(last).highlighted() == highlighted) {
            segments.set(last, new Segment(segments.get(last).text() + text, highlighted));
        } else {
            segments.add(new Segment(text, highlighted));
        }
    }
}
