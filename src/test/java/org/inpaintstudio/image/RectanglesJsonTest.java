package org.inpaintstudio.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RectanglesJsonTest {

    @Test
    void writesTheExactFormOfTheApi() {
        assertEquals(
                "[{\"x\":0,\"y\":0,\"width\":100,\"height\":100}]",
                RectanglesJson.write(List.of(new MaskRectangle(0, 0, 100, 100))));
        assertEquals(
                "[{\"x\":-5,\"y\":7,\"width\":1,\"height\":2},{\"x\":3,\"y\":4,\"width\":5,\"height\":6}]",
                RectanglesJson.write(List.of(new MaskRectangle(-5, 7, 1, 2), new MaskRectangle(3, 4, 5, 6))));
        assertEquals("[]", RectanglesJson.write(List.of()));
    }

    @Test
    void parsesWhatItWritesAndWhatPeopleType() {
        List<MaskRectangle> rectangles = List.of(new MaskRectangle(316, 66, 156, 79), new MaskRectangle(-3, 0, 8, 9));
        assertEquals(rectangles, RectanglesJson.parse(RectanglesJson.write(rectangles)));
        assertEquals(
                List.of(new MaskRectangle(1, 2, 3, 4)),
                RectanglesJson.parse(" [ {\"height\": 4, \"width\": 3,\n \"y\": 2, \"x\": 1} ]\n"));
        assertEquals(List.of(), RectanglesJson.parse("[]"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "[{\"x\":1.5,\"y\":0,\"width\":10,\"height\":10}] | 0 | x | rectangles[0].x must be a whole number of pixels, was 1.5",
                "[{\"x\":0,\"y\":0,\"width\":10,\"height\":10},{\"x\":\"10\",\"y\":0,\"width\":10,\"height\":10}] | 1 | x | rectangles[1].x must be a whole number of pixels, was the text \"10\"; write numbers without quotes",
                "[{\"x\":0,\"y\":0,\"width\":10.0,\"height\":10}] | 0 | width | rectangles[0].width must be a whole number of pixels, was 10.0",
                "[{\"x\":0,\"y\":0,\"width\":1e2,\"height\":10}] | 0 | width | rectangles[0].width must be a whole number of pixels, was 100.0",
                "[{\"x\":0,\"y\":0,\"width\":10,\"height\":null}] | 0 | height | rectangles[0].height must be a whole number of pixels, was null",
                "[{\"x\":0,\"y\":0,\"width\":10,\"height\":true}] | 0 | height | rectangles[0].height must be a whole number of pixels, was true",
                "[{\"x\":0,\"y\":0,\"width\":10}] | 0 | height | rectangles[0] has no \"height\"; give x, y, width and height",
                "[{\"x\":0,\"y\":0,\"width\":0,\"height\":10}] | 0 | width | rectangles[0].width must be a positive integer, was 0",
                "[{\"x\":0,\"y\":0,\"width\":10,\"height\":-4}] | 0 | height | rectangles[0].height must be a positive integer, was -4",
                "[{\"x\":3000000000,\"y\":0,\"width\":10,\"height\":10}] | 0 | x | rectangles[0].x is out of range: 3000000000",
                "[{\"x\":0,\"y\":0,\"w\":10,\"width\":10,\"height\":10}] | 0 | w | rectangles[0] has an unknown field \"w\"; use only x, y, width and height",
                "[{\"x\":0,\"y\":0,\"width\":10,\"height\":10},[1,2,3,4]] | 1 | | rectangles[1] must be an object with x, y, width and height, like [{\"x\":0,\"y\":0,\"width\":100,\"height\":100}]",
            })
    void aWrongRectangleIsNamedWithItsField(String json, int index, String field, String message) {
        RectanglesFormatException e = assertThrows(RectanglesFormatException.class, () -> RectanglesJson.parse(json));
        assertEquals(message, e.getMessage());
        assertEquals(index, e.index());
        assertEquals(field, e.field());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "[{\"x\":0,\"y\":0,\"width\":10,\"height\":10} | rectangles are not valid JSON at line 1",
                "[{\"x\":0,\"x\":1,\"y\":0,\"width\":10,\"height\":10}] | rectangles are not valid JSON at line 1, column 12 (Duplicate field 'x')",
                "[{\"x\":0,\"y\":0,\"width\":10,\"height\":10}] [] | rectangles are not valid JSON",
                "{\"x\":0,\"y\":0,\"width\":10,\"height\":10} | rectangles must be a JSON array like [{\"x\":0",
                "[{x:0,y:0,width:10,height:10}] | rectangles are not valid JSON at line 1, column 3 (Unexpected character",
                "'   ' | rectangles are empty; write them like [{\"x\":0,\"y\":0,\"width\":100,\"height\":100}]",
                "42 | rectangles must be a JSON array",
            })
    void malformedDocumentsAreRefusedAsAWhole(String json, String messageStart) {
        RectanglesFormatException e = assertThrows(RectanglesFormatException.class, () -> RectanglesJson.parse(json));
        assertTrue(e.getMessage().startsWith(messageStart), e.getMessage());
        assertEquals(-1, e.index());
        assertEquals(null, e.field());
    }

    @Test
    void nullIsRefusedLikeEmpty() {
        assertThrows(RectanglesFormatException.class, () -> RectanglesJson.parse(null));
    }

    @Test
    void toMaskFillsAndClipsToTheImage() {
        MaskPlane mask = RectanglesJson.toMask(
                List.of(
                        new MaskRectangle(-2, -2, 4, 3),
                        new MaskRectangle(8, 5, 100, 100),
                        new MaskRectangle(50, 50, 5, 5)),
                10,
                8);
        assertEquals(2 * 1 + 2 * 3, mask.repairCount());
        assertTrue(mask.isRepair(0, 0));
        assertTrue(mask.isRepair(1, 0));
        assertTrue(!mask.isRepair(2, 0) && !mask.isRepair(0, 1));
        assertTrue(mask.isRepair(9, 7) && mask.isRepair(8, 5));
        assertTrue(!mask.isRepair(7, 5) && !mask.isRepair(8, 4));
    }
}
