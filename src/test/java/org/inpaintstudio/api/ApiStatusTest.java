package org.inpaintstudio.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApiStatusTest {
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "200 | OK                | accepted        | state             | 请求成功",
                "400 | BAD_REQUEST       | missing or wrong | Check the image  | 参数",
                "401 | UNAUTHORIZED      | API key         | API key in the settings | X-API-KEY",
                "404 | NOT_FOUND         | unknown         | service URL       | 不存在",
                "413 | PAYLOAD_TOO_LARGE | size limit      | 15 MB             | 超出大小限制",
                "429 | TOO_MANY_REQUESTS | too many requests | try again       | QPS",
                "500 | SERVER_ERROR      | error           | Try again later   | 服务端异常",
            })
    void everyRowOfTheTableHasAMeaningAndAdviceInBothLanguages(
            int code, ApiStatus status, String meaning, String advice, String chinese) {
        assertEquals(Optional.of(status), ApiStatus.fromCode(code));
        assertTrue(status.meaning(Locale.ROOT).contains(meaning), status.meaning(Locale.ROOT));
        assertTrue(status.advice(Locale.ROOT).contains(advice), status.advice(Locale.ROOT));
        assertTrue(
                status.meaning(Locale.SIMPLIFIED_CHINESE).contains(chinese), status.meaning(Locale.SIMPLIFIED_CHINESE));
        assertNotEquals(status.advice(Locale.ROOT), status.advice(Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void codesOutsideTheTableFallUnderTheNearestRow() {
        assertEquals(ApiStatus.SERVER_ERROR, ApiStatus.classify(502));
        assertEquals(ApiStatus.SERVER_ERROR, ApiStatus.classify(503));
        assertEquals(ApiStatus.UNAUTHORIZED, ApiStatus.classify(403));
        assertEquals(ApiStatus.BAD_REQUEST, ApiStatus.classify(422));
        assertEquals(ApiStatus.TOO_MANY_REQUESTS, ApiStatus.classify(429));
        assertThrows(IllegalArgumentException.class, () -> ApiStatus.classify(302));
    }

    @Test
    void anErrorDescribesItselfWithTheServicesWords() {
        ApiError error = new ApiError(400, " Invalid task type ");

        assertEquals(
                "400 a parameter is missing or wrong (Invalid task type). " + ApiStatus.BAD_REQUEST.advice(Locale.ROOT),
                error.describe(Locale.ROOT));
        assertEquals(
                "413 the upload is over the size limit. " + ApiStatus.PAYLOAD_TOO_LARGE.advice(Locale.ROOT),
                new ApiError(413, null).describe(Locale.ROOT));
    }
}
