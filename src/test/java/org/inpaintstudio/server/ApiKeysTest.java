package org.inpaintstudio.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ApiKeysTest {
    @Test
    void identifiesEachKeyByItsIndex() {
        ApiKeys keys = ApiKeys.of(List.of("first-key", "second-key"));
        assertEquals(0, keys.identify("first-key"));
        assertEquals(1, keys.identify("second-key"));
    }

    @Test
    void missingWrongAndPrefixKeysAreUnknown() {
        ApiKeys keys = ApiKeys.of(List.of("first-key"));
        assertEquals(ApiKeys.UNKNOWN, keys.identify(null));
        assertEquals(ApiKeys.UNKNOWN, keys.identify(""));
        assertEquals(ApiKeys.UNKNOWN, keys.identify("first-ke"));
        assertEquals(ApiKeys.UNKNOWN, keys.identify("first-key "));
        assertEquals(ApiKeys.UNKNOWN, keys.identify("FIRST-KEY"));
    }

    @Test
    void emptyKeysAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> ApiKeys.of(List.of()));
        assertThrows(IllegalArgumentException.class, () -> ApiKeys.of(List.of(" ")));
    }

    @Test
    void generatedKeysAreLongRandomAndUrlSafe() {
        String a = ApiKeys.generate();
        String b = ApiKeys.generate();
        assertNotEquals(a, b);
        assertEquals(43, a.length());
        assertTrue(a.matches("[A-Za-z0-9_-]+"), a);
    }

    @Test
    void toStringNeverShowsAKey() {
        ApiKeys keys = ApiKeys.of(List.of("very-secret-key"));
        assertFalse(keys.toString().contains("very-secret-key"));
        ServerSettings settings = ServerSettings.defaults(List.of("very-secret-key"));
        assertFalse(settings.toString().contains("very-secret-key"), settings.toString());
    }
}
