package org.inpaintstudio.api;

import java.util.Arrays;
import java.util.Optional;

/** How the service hands back the result: the {@code return_type} field. */
public enum ReturnType {
    /** A download URL, valid for one hour. The service's default. */
    URL(1),
    /** The image as a base64 string in the JSON answer. */
    BASE64(2),
    /** The image bytes as the response body; synchronous requests only. */
    BINARY(3);

    private final int code;

    ReturnType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static Optional<ReturnType> fromCode(int code) {
        return Arrays.stream(values()).filter(t -> t.code == code).findFirst();
    }
}
