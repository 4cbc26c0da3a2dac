package org.inpaintstudio.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;

/**
 * The JSON of API.md, both ways: the client reads answers with it, the local server writes them. Unknown fields are
 * ignored, so a service that adds fields does not break the client.
 */
public final class ApiJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private ApiJson() {}

    /** Reads an answer; {@link ApiFormatException} says what is wrong with it. */
    public static ApiAnswer read(byte[] json) throws ApiFormatException {
        Envelope envelope;
        try {
            envelope = MAPPER.readValue(json, Envelope.class);
        } catch (JacksonException e) {
            throw new ApiFormatException("the answer is not the JSON of the API: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ApiFormatException("the answer could not be read", e);
        }
        if (envelope == null || envelope.status == null) {
            throw new ApiFormatException("the answer has no \"status\" field");
        }
        TaskStatus task = envelope.data == null ? null : envelope.data.toTaskStatus();
        return new ApiAnswer(envelope.status, envelope.message == null ? "" : envelope.message, task);
    }

    /** {@code {"status":200,"message":"success","data":{...}}}. */
    public static String write(TaskStatus task) {
        return write(task, "success");
    }

    /**
     * {@code {"status":200,"message":"...","data":{...}}}: the service's {@code message} says why a task failed
     * ("if processing failed, refer to this message"), so a failed task's answer carries the reason there.
     */
    public static String write(TaskStatus task, String message) {
        return write(new Envelope(200, message, TaskData.of(task)));
    }

    /** {@code {"status":400,"message":"..."}}. */
    public static String write(ApiError error) {
        return write(new Envelope(error.httpStatus(), error.message(), null));
    }

    private static String write(Envelope envelope) {
        try {
            return MAPPER.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write API JSON", e);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    private record Envelope(Integer status, String message, TaskData data) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    private record TaskData(
            @JsonProperty("task_id") String taskId,
            Integer state,
            Integer progress,
            @JsonProperty("created_at") Long createdAt,
            @JsonProperty("processed_at") Long processedAt,
            @JsonProperty("completed_at") Long completedAt,
            String image,
            @JsonProperty("return_type") Integer returnType) {

        static TaskData of(TaskStatus task) {
            return new TaskData(
                    task.taskId(),
                    task.state().code(),
                    task.progress(),
                    seconds(task.createdAt()),
                    seconds(task.processedAt()),
                    seconds(task.completedAt()),
                    task.image(),
                    task.returnType() == null ? null : task.returnType().code());
        }

        TaskStatus toTaskStatus() throws ApiFormatException {
            if (state == null) {
                throw new ApiFormatException("the task in the answer has no \"state\"");
            }
            TaskState taskState = TaskState.fromCode(state)
                    .orElseThrow(() -> new ApiFormatException("state " + state + " is not a state of the API"));
            ReturnType type = returnType == null
                    ? null
                    : ReturnType.fromCode(returnType)
                            .orElseThrow(
                                    () -> new ApiFormatException("return_type " + returnType + " is not 1, 2 or 3"));
            int percent = progress != null ? progress : taskState == TaskState.DONE ? 100 : 0;
            return new TaskStatus(
                    taskId,
                    taskState,
                    percent,
                    instant(createdAt),
                    instant(processedAt),
                    instant(completedAt),
                    image,
                    type);
        }

        private static Instant instant(Long seconds) {
            return seconds == null ? null : Instant.ofEpochSecond(seconds);
        }

        private static Long seconds(Instant instant) {
            return instant == null ? null : instant.getEpochSecond();
        }
    }
}
