package org.inpaintstudio.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One input or output of a model as its file declares it: name, element type ({@code float32}, {@code uint8}, ...)
 * and shape, with {@link #ANY} for a dimension the model leaves open.
 */
public record TensorSpec(String name, String type, List<Long> shape) {
    public static final long ANY = -1;

    public TensorSpec {
        shape = List.copyOf(shape);
    }

    /** Like {@code image float32 [1,3,512,512]}, open dimensions as {@code ?}. */
    @Override
    public String toString() {
        return name + " " + type + " "
                + shape.stream().map(d -> d < 0 ? "?" : Long.toString(d)).collect(Collectors.joining(",", "[", "]"));
    }
}
