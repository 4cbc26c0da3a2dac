package org.inpaintstudio.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class TaskStateTest {
    @ParameterizedTest(name = "state {0}: {2}")
    @CsvSource({
        "1, DONE, done, 完成",
        "0, QUEUED, queued, 排队中",
        "2, PREPARING, preparing, 准备中",
        "3, WAITING, waiting, 等待中",
        "4, PROCESSING, processing, 处理中",
        "-1, REPAIR_FAILED, the repair failed, 修复失败",
        "-2, RESULT_STORAGE_FAILED, storing the result failed, 保存结果失败",
        "-3, IMAGE_URL_DOWNLOAD_FAILED, could not download the image URL, 无法下载图片",
        "-5, IMAGE_URL_TOO_LARGE, over 15 MB, 超过 15 MB",
        "-7, INVALID_IMAGE, invalid, 无效的图片文件",
        "-8, TIMED_OUT, longer than 30 s, 超时",
    })
    void everyCodeOfTheTableHasItsStateAndMeaningInBothLanguages(
            int code, TaskState state, String english, String chinese) {
        assertEquals(Optional.of(state), TaskState.fromCode(code));
        assertEquals(code, state.code());
        assertTrue(state.meaning(Locale.ROOT).contains(english), state.meaning(Locale.ROOT));
        assertTrue(
                state.meaning(Locale.SIMPLIFIED_CHINESE).contains(chinese), state.meaning(Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void pollingEndsOnDoneOrANegativeCode() {
        List<TaskState> finished =
                Arrays.stream(TaskState.values()).filter(TaskState::isFinished).toList();
        assertEquals(
                List.of(
                        TaskState.DONE,
                        TaskState.REPAIR_FAILED,
                        TaskState.RESULT_STORAGE_FAILED,
                        TaskState.IMAGE_URL_DOWNLOAD_FAILED,
                        TaskState.IMAGE_URL_TOO_LARGE,
                        TaskState.INVALID_IMAGE,
                        TaskState.TIMED_OUT),
                finished);
        assertFalse(TaskState.DONE.isFailure());
        assertEquals(11, TaskState.values().length);
    }

    @ParameterizedTest
    @EnumSource(TaskState.class)
    void failuresSayWhatToDoAndOtherStatesHaveNoAdvice(TaskState state) {
        for (Locale locale : List.of(Locale.ROOT, Locale.SIMPLIFIED_CHINESE)) {
            assertEquals(state.isFailure(), !state.advice(locale).isEmpty(), state + " in " + locale);
        }
    }

    @Test
    void codesOutsideTheTableAreUnknown() {
        for (int code : new int[] {-9, -6, -4, 5, 100}) {
            assertEquals(Optional.empty(), TaskState.fromCode(code));
        }
    }
}
