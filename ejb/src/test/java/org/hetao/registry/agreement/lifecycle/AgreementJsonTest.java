package org.hetao.registry.agreement.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AgreementJsonTest {
    @Test
    void contentAndOptionsComeBackAsTheyWereStored() {
        String content = AgreementJson.write(LifecycleSamples.content());
        assertEquals(LifecycleSamples.content(), AgreementJson.content(content));
        assertEquals(content, AgreementJson.write(AgreementJson.content(content)), "writing is stable");
        String options = AgreementJson.write(LifecycleSamples.options());
        assertEquals(LifecycleSamples.options(), AgreementJson.options(options));
        assertTrue(content.contains("香港科技大學"), content);
        assertTrue(options.contains("\"noticeDays\":60"), options);
    }
}
