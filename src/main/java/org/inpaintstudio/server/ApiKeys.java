package org.inpaintstudio.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * The keys a client may send in X-API-KEY. Only SHA-256 digests are kept, and a presented key is compared by
 * digest with {@link MessageDigest#isEqual}, so neither the content nor the length of a key leaks through timing.
 */
public final class ApiKeys {
    /** What {@link #identify} answers for a missing or unknown key. */
    public static final int UNKNOWN = -1;

    private final List<byte[]> digests;

    private ApiKeys(List<byte[]> digests) {
        this.digests = digests;
    }

    public static ApiKeys of(List<String> keys) {
        if (keys.isEmpty() || keys.stream().anyMatch(k -> k == null || k.isBlank())) {
            throw new IllegalArgumentException("an API key must not be empty");
        }
        return new ApiKeys(keys.stream().map(ApiKeys::digest).toList());
    }

    /** A new random key: 256 bits, URL-safe base64 (43 characters). */
    public static String generate() {
        return Tokens.random();
    }

    /**
     * The index of the key the client presented (used to keep one rate limit per key), or {@link #UNKNOWN}.
     * Every stored key is compared, whether or not an earlier one matched, so timing says nothing.
     */
    public int identify(String presented) {
        if (presented == null || presented.isEmpty()) {
            return UNKNOWN;
        }
        byte[] candidate = digest(presented);
        int found = UNKNOWN;
        for (int i = 0; i < digests.size(); i++) {
            if (MessageDigest.isEqual(digests.get(i), candidate) && found == UNKNOWN) {
                found = i;
            }
        }
        return found;
    }

    private static byte[] digest(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    @Override
    public String toString() {
        return "ApiKeys[" + digests.size() + " key(s)]";
    }
}
