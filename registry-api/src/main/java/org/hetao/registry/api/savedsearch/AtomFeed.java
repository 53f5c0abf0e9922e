package org.hetao.registry.api.savedsearch;

import java.io.StringWriter;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.hetao.registry.savedsearch.FoundRecord;
import org.hetao.registry.savedsearch.SavedSearch;
import org.hetao.registry.savedsearch.SavedSearchResults;

/**
 * A saved search's results as an Atom feed (RFC 4287), written with the JDK's StAX writer. The feed's
 * id and each entry's id are stable URNs ({@code urn:hetao-registry:saved-search:12},
 * {@code urn:hetao-registry:ip-asset:34}); each entry links to the record's page in the web UI and
 * summarises it in the search's language.
 */
final class AtomFeed {
    static final String MEDIA_TYPE = "application/atom+xml";
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

    private AtomFeed() {}

    /**
     * @param results what the search finds now
     * @param self the feed's own URL
     * @param web the web UI's address (ending in {@code /})
     */
    static String write(SavedSearchResults results, URI self, URI web) {
        SavedSearch s = results.search();
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter x = OUTPUT.createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.setDefaultNamespace(ATOM);
            x.writeStartElement(ATOM, "feed");
            x.writeDefaultNamespace(ATOM);
            x.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", s.getLanguage());
            text(x, "id", "urn:hetao-registry:saved-search:" + s.getId());
            text(x, "title", s.getName());
            text(
                    x,
                    "updated",
                    time(results.records().stream()
                            .map(FoundRecord::updatedAt)
                            .max(Comparator.naturalOrder())
                            .filter(t -> t.isAfter(s.getUpdatedAt()))
                            .orElse(s.getUpdatedAt())));
            link(x, "self", self.toString(), MEDIA_TYPE);
            link(x, "alternate", web + "#/saved-searches", "text/html");
            x.writeStartElement(ATOM, "author");
            text(x, "name", "Hetao Registry");
            x.writeEndElement();
            text(x, "generator", "Hetao Registry");
            for (FoundRecord r : results.records()) {
                x.writeStartElement(ATOM, "entry");
                text(x, "id", "urn:hetao-registry:" + r.type().urlName() + ":" + r.id());
                text(
                        x,
                        "title",
                        r.title() == null || r.title().isBlank() ? r.type().urlName() + " " + r.id() : r.title());
                text(x, "published", time(r.createdAt()));
                text(x, "updated", time(r.updatedAt()));
                link(x, "alternate", web + page(r), "text/html");
                x.writeStartElement(ATOM, "summary");
                x.writeAttribute("type", "text");
                x.writeCharacters(r.summary() == null ? "" : r.summary());
                x.writeEndElement();
                x.writeStartElement(ATOM, "category");
                x.writeAttribute("term", r.type().urlName());
                x.writeEndElement();
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write the Atom feed of saved search " + s.getId(), e);
        }
        return out.toString();
    }

    /** The record's page in the web UI, relative to its address. */
    static String page(FoundRecord r) {
        return switch (r.type()) {
            case IP_ASSET -> "#/catalogue/" + r.id();
            case PROJECT -> "#/projects/" + r.id();
            case PERSON -> "#/people/" + r.id();
            case INSTITUTION -> "#/search?type=institution";
        };
    }

    private static void text(XMLStreamWriter x, String name, String value) throws XMLStreamException {
        x.writeStartElement(ATOM, name);
        x.writeCharacters(value);
        x.writeEndElement();
    }

    private static void link(XMLStreamWriter x, String rel, String href, String type) throws XMLStreamException {
        x.writeStartElement(ATOM, "link");
        x.writeAttribute("rel", rel);
        x.writeAttribute("type", type);
        x.writeAttribute("href", href);
        x.writeEndElement();
    }

    /** RFC 3339 in UTC, to the second. */
    static String time(OffsetDateTime t) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                t.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS));
    }
}
