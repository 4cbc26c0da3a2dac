package org.inpaintstudio.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Locale;
import org.inpaintstudio.api.ApiStatus;
import org.inpaintstudio.api.InpaintRequest;
import org.inpaintstudio.api.ReturnType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every row of API.md's status table, as the client meets it on a create. */
class StatusTableTest {
    private static final InpaintRequest REQUEST = MockService.URL_REQUEST.withReturnType(ReturnType.BASE64);

    @RegisterExtension
    final MockService service = new MockService();

    @ParameterizedTest(name = "HTTP {0} is {1}")
    @CsvSource({
        "400, BadRequestException, a parameter is missing or wrong",
        "401, AuthenticationException, the API key is missing or wrong",
        "404, NotFoundException, the URL or the task is unknown",
        "413, TooLargeException, the upload is over the size limit",
    })
    void aRefusalIsTypedAndSaysWhatItMeansWhatTheServiceSaidAndWhatToDo(int status, String type, String meaning)
            throws Exception {
        service.answer(status, MockService.error(status, "service says " + status));

        ClientException e = assertThrows(
                ClientException.class, () -> service.client().run(REQUEST, TaskListener.NONE, new Cancellation()));

        assertEquals(type, e.getClass().getSimpleName());
        ServiceRefusedException refused = assertInstanceOf(ServiceRefusedException.class, e);
        assertEquals(status, refused.error().httpStatus());
        assertTrue(e.getMessage().contains(meaning), e.getMessage());
        assertTrue(e.getMessage().contains("service says " + status), e.getMessage());
        assertTrue(
                e.getMessage().contains(ApiStatus.fromCode(status).orElseThrow().advice(Locale.ROOT)), e.getMessage());
        assertFalse(e.mayHaveBeenCreated());
        assertEquals(1, service.server.getRequestCount(), "a refusal is not retried");
        String chinese = e.message(Locale.SIMPLIFIED_CHINESE);
        assertTrue(
                chinese.contains(ApiStatus.fromCode(status).orElseThrow().meaning(Locale.SIMPLIFIED_CHINESE)), chinese);
    }

    @Test
    void status429IsWaitedOutUntilTheDeadlineThenSaysHowOftenTheServiceAskedToSlowDown() throws Exception {
        for (int i = 0; i < 40; i++) {
            service.answer(429, MockService.error(429, "QPS limit"));
        }
        RecordingListener listener = new RecordingListener();
        InpaintClient client = new InpaintClient(service.config().withDeadline(Duration.ofMillis(500)));

        DeadlineExceededException e =
                assertThrows(DeadlineExceededException.class, () -> client.run(REQUEST, listener, new Cancellation()));

        assertTrue(service.server.getRequestCount() > 4, "beyond the retry count of 3");
        int notices = listener.notices.size();
        assertTrue(notices == e.slowDowns() || notices == e.slowDowns() - 1, "a notice before each retry: " + notices);
        assertTrue(e.getMessage().contains("asked to slow down"), e.getMessage());
    }

    @Test
    void status500OnACreateIsAServerErrorThatMayHaveCreatedTheTask() throws Exception {
        service.answer(500, MockService.error(500, "internal error"));

        ServerException e = assertThrows(
                ServerException.class, () -> service.client().run(REQUEST, TaskListener.NONE, new Cancellation()));

        assertEquals(500, e.httpStatus());
        assertTrue(e.mayHaveBeenCreated());
        assertTrue(e.getMessage().contains("internal error"), e.getMessage());
        assertTrue(e.getMessage().contains("may have been created"), e.getMessage());
        assertEquals(1, service.server.getRequestCount(), "a create that may have been accepted is never resent");
    }

    @Test
    void status200IsAcceptedAndOnlyTheStateTellsTheOutcome() throws Exception {
        service.answer(
                200,
                "{\"status\":200,\"message\":\"success\",\"data\":{\"created_at\":1638772970,"
                        + "\"processed_at\":1638772971,\"progress\":0,\"state\":-1,"
                        + "\"task_id\":\"6c5d9194-b77f-4dab-aded-fc112e7b4de0\"}}");

        TaskFailedException e = assertThrows(
                TaskFailedException.class, () -> service.client().run(REQUEST, TaskListener.NONE, new Cancellation()));

        assertEquals(-1, e.state().code());
        assertTrue(e.getMessage().contains("6c5d9194-b77f-4dab-aded-fc112e7b4de0"), e.getMessage());
    }

    @Test
    void aJsonStatusThatDisagreesWithHttp200IsBelievedOverIt() throws Exception {
        service.answer(200, MockService.error(401, "Unauthorized"));

        assertThrows(
                AuthenticationException.class,
                () -> service.client().run(REQUEST, TaskListener.NONE, new Cancellation()));
    }

    @Test
    void aRefusalWithoutJsonStillNamesItsStatusAndWhatWasSaid() throws Exception {
        service.server.enqueue(new okhttp3.mockwebserver.MockResponse()
                .setResponseCode(413)
                .setBody("<html>Request Entity Too Large</html>"));

        TooLargeException e = assertThrows(
                TooLargeException.class, () -> service.client().run(REQUEST, TaskListener.NONE, new Cancellation()));

        assertTrue(e.getMessage().contains("Request Entity Too Large"), e.getMessage());
    }
}
