package org.inpaintstudio.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The three answers of API.md, read as written there, and written back. */
class ApiJsonTest {
    private static ApiAnswer read(String json) throws ApiFormatException {
        return ApiJson.read(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsTheDoneExample() throws Exception {
        ApiAnswer answer = read("""
            {"status":200,"message":"success","data":{"completed_at":1638775346,"created_at":1638775346,
             "image":"https://wxtechsz.oss-cn-shenzhen.aliyuncs.com/tasks/output/inpaint/x.jpg?Expires=1638782547&OSSAccessKeyId=L&Signature=u%3D",
             "processed_at":1638775346,"progress":100,"return_type":1,
             "state":1,"task_id":"6b664b37-962d-4a82-8c14-4a046df46e15"}}""");

        assertTrue(answer.isAccepted());
        TaskStatus task = answer.task();
        assertEquals("6b664b37-962d-4a82-8c14-4a046df46e15", task.taskId());
        assertEquals(TaskState.DONE, task.state());
        assertEquals(100, task.progress());
        assertEquals(ReturnType.URL, task.returnType());
        assertEquals(Instant.ofEpochSecond(1638775346), task.completedAt());
        assertTrue(task.image().endsWith("Signature=u%3D"));
    }

    @Test
    void readsTheFailureExample() throws Exception {
        TaskStatus task = read("""
            {"status":200,"message":"success","data":{"created_at":1638772970,"processed_at":1638772971,
             "progress":0,"state":-1,"task_id":"6c5d9194-b77f-4dab-aded-fc112e7b4de0"}}""").task();

        assertEquals(TaskState.REPAIR_FAILED, task.state());
        assertEquals(Instant.ofEpochSecond(1638772971), task.processedAt());
        assertNull(task.completedAt());
        assertNull(task.image());
    }

    @Test
    void readsTheRefusalExample() throws Exception {
        ApiAnswer answer = read("{\"status\":400,\"message\":\"Invalid task type\"}");

        assertFalse(answer.isAccepted());
        assertNull(answer.task());
        assertEquals(new ApiError(400, "Invalid task type"), answer.toError());
    }

    @Test
    void ignoresUnknownFieldsAndDefaultsProgressByState() throws Exception {
        TaskStatus task = read("{\"status\":200,\"trace\":\"x\",\"data\":{\"state\":1,\"new_field\":{}}}")
                .task();

        assertEquals(100, task.progress());
    }

    @Test
    void refusesWhatIsNotTheApisJson() {
        assertThrows(ApiFormatException.class, () -> read("<html>502 Bad Gateway</html>"));
        assertThrows(ApiFormatException.class, () -> read("{\"message\":\"no status\"}"));
        assertThrows(ApiFormatException.class, () -> read("{\"status\":200,\"data\":{\"progress\":3}}"));
        ApiFormatException unknown =
                assertThrows(ApiFormatException.class, () -> read("{\"status\":200,\"data\":{\"state\":-6}}"));
        assertTrue(unknown.getMessage().contains("state -6"), unknown.getMessage());
        assertThrows(ApiFormatException.class, () -> read("{\"status\":200,\"data\":{\"state\":1,\"return_type\":9}}"));
    }

    @Test
    void writesWhatItReads() throws Exception {
        TaskStatus task = new TaskStatus(
                "t-1",
                TaskState.PROCESSING,
                40,
                Instant.ofEpochSecond(10),
                Instant.ofEpochSecond(11),
                null,
                null,
                ReturnType.BASE64);

        String json = ApiJson.write(task);

        assertEquals(
                "{\"status\":200,\"message\":\"success\",\"data\":{\"task_id\":\"t-1\",\"state\":4,"
                        + "\"progress\":40,\"created_at\":10,\"processed_at\":11,\"return_type\":2}}",
                json);
        assertEquals(task, read(json).task());
        assertEquals("{\"status\":429,\"message\":\"slow down\"}", ApiJson.write(new ApiError(429, "slow down")));
    }

    @Test
    void aLongBase64ResultIsShortenedInToString() {
        TaskStatus task = TaskStatus.of("t", TaskState.DONE, 100).withImage("A".repeat(100_000), ReturnType.BASE64);

        assertTrue(task.toString().length() < 300, task.toString());
        assertTrue(task.toString().contains("100000 characters"));
    }
}
