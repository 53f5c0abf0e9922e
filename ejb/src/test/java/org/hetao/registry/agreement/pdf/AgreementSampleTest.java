package org.hetao.registry.agreement.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hetao.registry.agreement.AgreementDocument;
import org.hetao.registry.agreement.AgreementSamples;
import org.junit.jupiter.api.Test;

/**
 * The documentation sample: three parties, English and Traditional Chinese side by side, a draft.
 * It is written to {@code target/agreement-sample.pdf}; {@code docs/images/agreement-sample-page1.png}
 * is its first page, made with {@code pdftoppm -png -r 60 -f 1 -l 1 -singlefile target/agreement-sample.pdf
 * ../docs/images/agreement-sample-page1} from the {@code ejb} directory.
 */
class AgreementSampleTest {
    @Test
    void rendersTheThreePartyBilingualSample() throws IOException {
        AgreementDocument doc = AgreementSamples.draft();
        assertEquals(3, doc.parties().size());
        byte[] pdf = new AgreementRenderer().render(doc);
        Path out = Path.of("target", "agreement-sample.pdf");
        Files.createDirectories(out.getParent());
        Files.write(out, pdf);

        PdfInspection read = PdfInspection.of(pdf);
        String first = read.pages().get(0);
        assertTrue(first.contains("Joint Ownership Agreement") && first.contains("共同擁有權協議"));
        assertTrue(first.contains("The chosen options leave no point silent"));
        assertTrue(read.text().contains("1. Parties") && read.text().contains("1. 訂約方"));
        assertTrue(read.text().contains("33.34 %") && read.text().contains("33.33 %"));
    }
}
