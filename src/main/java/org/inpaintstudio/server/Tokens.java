package org.inpaintstudio.server;

import java.security.SecureRandom;
import java.util.Base64;

/** Unguessable tokens: 256 random bits, URL-safe base64 without padding (43 characters). */
final class Tokens {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Tokens() {}

    static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
