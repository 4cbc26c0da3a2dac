package org.inpaintstudio.model;

/**
 * A model file that cannot be used: missing, not ONNX, or a model whose inputs are not an inpainting model's. The
 * message names the file, what was found and what is expected, in words a person can act on.
 */
public final class ModelFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ModelFileException(String message) {
        super(message);
    }

    public ModelFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
