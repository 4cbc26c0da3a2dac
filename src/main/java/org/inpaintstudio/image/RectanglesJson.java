package org.inpaintstudio.image;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The API's {@code rectangles} field: {@code [{"x":0,"y":0,"width":100,"height":100}]}, integers only, width and
 * height positive. Parsing is strict (no decimals, no numbers in quotes, no missing, unknown or repeated fields)
 * so that a mistake is reported, never guessed at. How many rectangles a request may carry is for the caller.
 */
public final class RectanglesJson {
    private static final List<String> FIELDS = List.of("x", "y", "width", "height");
    private static final Set<String> SIZE_FIELDS = Set.of("width", "height");
    private static final String EXAMPLE = "[{\"x\":0,\"y\":0,\"width\":100,\"height\":100}]";
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private RectanglesJson() {}

    /**
     * Parses rectangles JSON.
     *
     * @throws RectanglesFormatException naming the rectangle and field at fault and how to write it
     */
    public static List<MaskRectangle> parse(String json) {
        if (json == null || json.isBlank()) {
            throw new RectanglesFormatException(-1, null, "rectangles are empty; write them like " + EXAMPLE);
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            String place = where == null ? "" : " at line " + where.getLineNr() + ", column " + where.getColumnNr();
            throw new RectanglesFormatException(
                    -1,
                    null,
                    "rectangles are not valid JSON" + place + " (" + e.getOriginalMessage() + "); write them like "
                            + EXAMPLE);
        }
        if (root == null || !root.isArray()) {
            throw new RectanglesFormatException(-1, null, "rectangles must be a JSON array like " + EXAMPLE);
        }
        List<MaskRectangle> rectangles = new ArrayList<>(root.size());
        for (int i = 0; i < root.size(); i++) {
            rectangles.add(rectangle(i, root.get(i)));
        }
        return List.copyOf(rectangles);
    }

    private static MaskRectangle rectangle(int index, JsonNode node) {
        String at = "rectangles[" + index + "]";
        if (!node.isObject()) {
            throw new RectanglesFormatException(
                    index, null, at + " must be an object with x, y, width and height, like " + EXAMPLE);
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw new RectanglesFormatException(
                        index, name, at + " has an unknown field \"" + name + "\"; use only x, y, width and height");
            }
        }
        int[] values = new int[FIELDS.size()];
        for (int f = 0; f < values.length; f++) {
            values[f] = integer(index, FIELDS.get(f), node.get(FIELDS.get(f)));
        }
        return new MaskRectangle(values[0], values[1], values[2], values[3]);
    }

    private static int integer(int index, String field, JsonNode value) {
        String at = "rectangles[" + index + "]";
        if (value == null) {
            throw new RectanglesFormatException(
                    index, field, at + " has no \"" + field + "\"; give x, y, width and height");
        }
        String was = value.isTextual() ? "the text " + value + "; write numbers without quotes" : String.valueOf(value);
        if (!value.isIntegralNumber()) {
            throw new RectanglesFormatException(
                    index, field, at + "." + field + " must be a whole number of pixels, was " + was);
        }
        if (!value.canConvertToInt()) {
            throw new RectanglesFormatException(index, field, at + "." + field + " is out of range: " + value);
        }
        int number = value.intValue();
        if (SIZE_FIELDS.contains(field) && number <= 0) {
            throw new RectanglesFormatException(
                    index, field, at + "." + field + " must be a positive integer, was " + number);
        }
        return number;
    }

    /** The exact JSON of API.md: fields in the order x, y, width, height, no spaces. */
    public static String write(List<MaskRectangle> rectangles) {
        StringBuilder json = new StringBuilder("[");
        for (MaskRectangle r : rectangles) {
            json.append(json.length() > 1 ? "," : "")
                    .append("{\"x\":")
                    .append(r.x())
                    .append(",\"y\":")
                    .append(r.y())
                    .append(",\"width\":")
                    .append(r.width())
                    .append(",\"height\":")
                    .append(r.height())
                    .append('}');
        }
        return json.append(']').toString();
    }

    /**
     * Saves the rectangles' JSON atomically, as images and masks are saved: an existing file survives a failed save.
     *
     * @throws ImageWriteException naming the file and what to do (a full disk, a read-only drive, ...)
     */
    public static void write(List<MaskRectangle> rectangles, Path file) {
        String json = write(rectangles);
        AtomicFileWriter.write(file, temporary -> Files.writeString(temporary, json, StandardCharsets.UTF_8));
    }

    /** The mask the rectangles cover in an image of the given size; parts outside it are clipped away. */
    public static MaskPlane toMask(List<MaskRectangle> rectangles, int width, int height) {
        MaskPlane mask = new MaskPlane(width, height);
        for (MaskRectangle rectangle : rectangles) {
            mask.fill(rectangle, true);
        }
        return mask;
    }
}
