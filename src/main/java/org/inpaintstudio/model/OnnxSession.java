package org.inpaintstudio.model;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import ai.onnxruntime.ValueInfo;
import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one class that touches ONNX Runtime: opening a session with bounded threads, reading the declared inputs and
 * outputs, one inference. Its natives load the first time a model is opened, never at app start.
 */
final class OnnxSession implements AutoCloseable {
    private final OrtEnvironment environment;
    private final OrtSession session;

    private OnnxSession(OrtEnvironment environment, OrtSession session) {
        this.environment = environment;
        this.session = session;
    }

    /** @throws ModelFileException when ONNX Runtime cannot read the file or cannot load on this system */
    static OnnxSession open(Path file, int threads) {
        OrtEnvironment environment;
        try {
            environment = OrtEnvironment.getEnvironment();
        } catch (LinkageError | IllegalStateException e) {
            throw new ModelFileException(
                    "ONNX Runtime could not start on this system (" + e.getMessage()
                            + "); model files cannot be used here, the built-in engine still works",
                    e);
        }
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(threads);
            options.setInterOpNumThreads(1);
            options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            options.setDeterministicCompute(true);
            return new OnnxSession(environment, environment.createSession(file.toString(), options));
        } catch (OrtException e) {
            throw new ModelFileException(
                    file.getFileName() + " is not an ONNX model ONNX Runtime can load ("
                            + firstLine(e.getMessage())
                            + "); expected an .onnx export of an inpainting model such as LaMa"
                            + " or MI-GAN",
                    e);
        }
    }

    List<TensorSpec> inputs() {
        try {
            return specs(session.getInputInfo());
        } catch (OrtException e) {
            throw new ModelFileException("the model's inputs cannot be read: " + firstLine(e.getMessage()), e);
        }
    }

    List<TensorSpec> outputs() {
        try {
            return specs(session.getOutputInfo());
        } catch (OrtException e) {
            throw new ModelFileException("the model's outputs cannot be read: " + firstLine(e.getMessage()), e);
        }
    }

    /**
     * One inference on a square of {@code side} pixels.
     *
     * @param rgb planar RGB, 0..1
     * @param fill one value a pixel, 1 = fill
     * @return the output, planar RGB in the model's own range (0..1 or 0..255)
     */
    float[] run(ModelSignature signature, float[] rgb, float[] fill, int side) {
        long[] imageShape = {1, 3, side, side};
        long[] maskShape = {1, 1, side, side};
        try (OnnxTensor image = tensor(signature.encoding(), imageShape, rgb, false);
                OnnxTensor mask = tensor(signature.encoding(), maskShape, fill, true);
                OrtSession.Result result = session.run(
                        Map.of(signature.imageInput(), image, signature.maskInput(), mask),
                        java.util.Set.of(signature.output()))) {
            OnnxValue value = result.get(0);
            if (!(value instanceof OnnxTensor output)) {
                throw new IllegalStateException("the model's output is not a tensor");
            }
            long[] shape = output.getInfo().getShape();
            if (shape.length != 4 || shape[1] != 3 || shape[2] != side || shape[3] != side) {
                throw new IllegalStateException("the model answered a tensor of shape "
                        + java.util.Arrays.toString(shape) + " for an input of " + side + " x " + side);
            }
            return values(output, 3 * side * side);
        } catch (OrtException e) {
            throw new IllegalStateException("the model failed to run: " + firstLine(e.getMessage()), e);
        }
    }

    private OnnxTensor tensor(PixelEncoding encoding, long[] shape, float[] values, boolean isMask)
            throws OrtException {
        if (encoding == PixelEncoding.FLOAT) {
            return OnnxTensor.createTensor(environment, FloatBuffer.wrap(values), shape);
        }
        ByteBuffer bytes = ByteBuffer.allocateDirect(values.length);
        for (float v : values) {
            // MI-GAN's mask is the other way round: 255 = known
            float level = isMask ? (v >= 0.5f ? 0 : 255) : Math.round(Math.max(0, Math.min(1, v)) * 255);
            bytes.put((byte) (int) level);
        }
        bytes.rewind();
        return OnnxTensor.createTensor(environment, bytes, shape, OnnxJavaType.UINT8);
    }

    private static float[] values(OnnxTensor output, int count) {
        float[] out = new float[count];
        OnnxJavaType type = output.getInfo().type;
        if (type == OnnxJavaType.FLOAT) {
            output.getFloatBuffer().get(out);
        } else if (type == OnnxJavaType.UINT8 || type == OnnxJavaType.INT8) {
            ByteBuffer bytes = output.getByteBuffer();
            for (int i = 0; i < count; i++) {
                out[i] = (bytes.get(i) & 0xff) / 255f; // uint8 is always 0..255
            }
        } else {
            throw new IllegalStateException("the model's output is " + type + ", expected float32 or uint8");
        }
        return out;
    }

    private static List<TensorSpec> specs(Map<String, NodeInfo> nodes) {
        List<TensorSpec> specs = new ArrayList<>();
        for (NodeInfo node : nodes.values()) {
            ValueInfo info = node.getInfo();
            if (info instanceof TensorInfo tensor) {
                List<Long> shape = new ArrayList<>();
                for (long d : tensor.getShape()) {
                    shape.add(d < 0 ? TensorSpec.ANY : d);
                }
                specs.add(new TensorSpec(node.getName(), typeName(tensor), shape));
            } else {
                specs.add(new TensorSpec(node.getName(), info.toString(), List.of()));
            }
        }
        return specs;
    }

    private static String typeName(TensorInfo tensor) {
        return switch (tensor.onnxType) {
            case ONNX_TENSOR_ELEMENT_DATA_TYPE_FLOAT -> "float32";
            case ONNX_TENSOR_ELEMENT_DATA_TYPE_UINT8 -> "uint8";
            default ->
                tensor.onnxType
                        .name()
                        .replace("ONNX_TENSOR_ELEMENT_DATA_TYPE_", "")
                        .toLowerCase(Locale.ROOT);
        };
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no detail";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            // nothing left to release that the process exit will not
        }
    }
}
