package org.inpaintstudio.client;

import org.inpaintstudio.api.ApiAnswer;
import org.inpaintstudio.api.ApiError;
import org.inpaintstudio.api.ApiFormatException;
import org.inpaintstudio.api.ApiJson;
import org.inpaintstudio.api.ApiStatus;
import org.inpaintstudio.api.TaskStatus;

/**
 * Turns answers into a task status or the typed exception they stand for. The HTTP status is checked before the
 * body is parsed, and the JSON {@code status} after. Whatever the service writes is scrubbed of the API key
 * before it can reach a message.
 */
final class AnswerReader {
    private static final int MAX_MESSAGE_CHARS = 200;

    private final ApiKey apiKey;

    AnswerReader(ApiKey apiKey) {
        this.apiKey = apiKey;
    }

    /** The service's reason for a refusal: its JSON {@code message}, or the start of whatever it sent. */
    ApiError errorOf(HttpAnswer answer) {
        String message;
        try {
            message = ApiJson.read(answer.body()).message();
        } catch (ApiFormatException notApiJson) {
            message = answer.text(MAX_MESSAGE_CHARS);
        }
        return new ApiError(answer.code(), apiKey.redact(message));
    }

    /**
     * The task in a create or status answer.
     *
     * @param create whether the answer is to a create, so a failure here may hide a task the service accepted
     */
    TaskStatus task(HttpAnswer answer, boolean create) throws ClientException {
        if (!answer.isSuccessful()) {
            throw ServiceRefusedException.of(errorOf(answer));
        }
        ApiAnswer api;
        try {
            api = ApiJson.read(answer.body());
        } catch (ApiFormatException e) {
            // No cause attached: parser messages quote the body, which might echo the key.
            throw unreadable(apiKey.redact(e.getMessage()), create);
        }
        if (!api.isAccepted()) {
            ApiError error = new ApiError(api.status(), apiKey.redact(api.message()));
            if (api.status() >= ApiStatus.SERVER_ERROR.code()) {
                throw new ServerException(api.status(), error.message(), create, null);
            }
            if (api.status() < ApiStatus.BAD_REQUEST.code()) {
                throw unreadable("the answer has status " + api.status(), create);
            }
            throw ServiceRefusedException.of(error);
        }
        if (api.task() == null) {
            throw unreadable("the answer has no \"data\"", create);
        }
        return api.task();
    }

    static ServerException unreadable(String detail, boolean create) {
        return new ServerException(ServerException.UNREADABLE, detail, create, null);
    }
}
