package org.hetao.registry.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BackgroundWorkTest {
    @AfterEach
    void notStopping() {
        System.clearProperty(Stopping.PROPERTY);
    }

    @Test
    void workIsCountedWhileItRuns() {
        int before = BackgroundWork.running();
        assertTrue(BackgroundWork.enter());
        assertEquals(before + 1, BackgroundWork.running());
        BackgroundWork.exit();
        assertEquals(before, BackgroundWork.running());
    }

    @Test
    void noWorkStartsOnceTheProcessIsStopping() {
        int before = BackgroundWork.running();
        System.setProperty(Stopping.PROPERTY, "true");
        assertTrue(Stopping.now());
        assertFalse(BackgroundWork.enter());
        assertEquals(before, BackgroundWork.running(), "a refused start leaves nothing counted");
    }
}
