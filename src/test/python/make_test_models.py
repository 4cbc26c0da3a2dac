#!/usr/bin/env python3
"""Writes the tiny ONNX models the model backend's tests run, and the benchmark's large one.

    /usr/bin/python3 src/test/python/make_test_models.py                 # src/test/resources/models/*.onnx
    /usr/bin/python3 src/test/python/make_test_models.py --benchmark OUT # ~50 M parameters, 3x3 convolutions
        [--body-layers N]                                                # 20 by default

Needs only the `onnx` package (Debian: python3-onnx) and numpy. The test models have no weights worth the name:
each computes something a test can predict pixel by pixel, with the signature of a real export:

  LaMa style    inputs image float32 [1,3,H,W] RGB 0..1, mask float32 [1,1,H,W] 1 = fill; output float32 [1,3,H,W]
  MI-GAN style  inputs image uint8 [1,3,H,W], mask uint8 [1,1,H,W] 255 = known, 0 = fill; output uint8 [1,3,H,W]
"""
import argparse
import os

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

OPSET = 13
FILL_COLOUR = [0.2, 0.6, 0.8]  # what the fixed-colour models paint: RGB (51, 153, 204)


def lama_inputs(size, elem=TensorProto.FLOAT):
    h, w = (size, size) if size else ("height", "width")
    return [helper.make_tensor_value_info("image", elem, [1, 3, h, w]),
            helper.make_tensor_value_info("mask", elem, [1, 1, h, w])], (h, w)


def save(graph, path):
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", OPSET)], producer_name="make_test_models")
    model.ir_version = 7
    onnx.checker.check_model(model)
    onnx.save(model, path)
    print("wrote", path, os.path.getsize(path), "bytes")


def constant(name, values, shape):
    return numpy_helper.from_array(np.array(values, dtype=np.float32).reshape(shape), name)


def fixed_colour(size, scale, path):
    """Paints every pixel FILL_COLOUR * scale: only the paste decides which pixels change."""
    inputs, (h, w) = lama_inputs(size)
    nodes = [helper.make_node("Mul", ["image", "zero"], ["blank"]),
             helper.make_node("Add", ["blank", "colour"], ["output"])]
    graph = helper.make_graph(nodes, "fixed_colour", inputs,
                              [helper.make_tensor_value_info("output", TensorProto.FLOAT, [1, 3, h, w])],
                              [constant("zero", [0.0], [1]),
                               constant("colour", [c * scale for c in FILL_COLOUR], [1, 3, 1, 1])])
    save(graph, path)


def mean_of_known(path):
    """Paints every pixel the mean colour of the pixels the mask keeps (mask 0): tells a wrong mask convention."""
    inputs, (h, w) = lama_inputs(None)
    nodes = [helper.make_node("Sub", ["one", "mask"], ["known"]),
             helper.make_node("Mul", ["image", "known"], ["kept"]),
             helper.make_node("ReduceSum", ["kept", "axes"], ["sum"], keepdims=1),
             helper.make_node("ReduceSum", ["known", "axes"], ["count"], keepdims=1),
             helper.make_node("Div", ["sum", "count"], ["mean"]),
             helper.make_node("Mul", ["image", "zero"], ["blank"]),
             helper.make_node("Add", ["blank", "mean"], ["output"])]
    graph = helper.make_graph(nodes, "mean_of_known", inputs,
                              [helper.make_tensor_value_info("output", TensorProto.FLOAT, [1, 3, h, w])],
                              [constant("one", [1.0], [1]), constant("zero", [0.0], [1]),
                               numpy_helper.from_array(np.array([2, 3], dtype=np.int64), "axes")])
    save(graph, path)


def identity(path):
    """Returns the image as it came: the result shows where the crop was taken and how it was resized."""
    inputs, (h, w) = lama_inputs(None)
    nodes = [helper.make_node("Mul", ["mask", "zero"], ["unused"]),
             helper.make_node("Add", ["image", "unused"], ["output"])]
    graph = helper.make_graph(nodes, "identity", inputs,
                              [helper.make_tensor_value_info("output", TensorProto.FLOAT, [1, 3, h, w])],
                              [constant("zero", [0.0], [1])])
    save(graph, path)


def migan_fixed_colour(path):
    """MI-GAN style: keeps pixels where mask = 255, paints FILL_COLOUR where mask = 0, all in uint8."""
    inputs, (h, w) = lama_inputs(None, TensorProto.UINT8)
    nodes = [helper.make_node("Cast", ["image"], ["image_f"], to=TensorProto.FLOAT),
             helper.make_node("Cast", ["mask"], ["mask_f"], to=TensorProto.FLOAT),
             helper.make_node("Div", ["mask_f", "full"], ["known"]),
             helper.make_node("Sub", ["one", "known"], ["hole"]),
             helper.make_node("Mul", ["image_f", "known"], ["kept"]),
             helper.make_node("Mul", ["colour", "hole"], ["painted"]),
             helper.make_node("Add", ["kept", "painted"], ["sum"]),
             helper.make_node("Cast", ["sum"], ["output"], to=TensorProto.UINT8)]
    graph = helper.make_graph(nodes, "migan_fixed_colour", inputs,
                              [helper.make_tensor_value_info("output", TensorProto.UINT8, [1, 3, h, w])],
                              [constant("full", [255.0], [1]), constant("one", [1.0], [1]),
                               constant("colour", [round(c * 255) for c in FILL_COLOUR], [1, 3, 1, 1])])
    save(graph, path)


def wrong_inputs(path):
    """Not an inpainting model: one RGBA input, as a classifier might take."""
    x = helper.make_tensor_value_info("pixels", TensorProto.FLOAT, [1, 4, 256, 256])
    y = helper.make_tensor_value_info("scores", TensorProto.FLOAT, [1, 4, 256, 256])
    graph = helper.make_graph([helper.make_node("Relu", ["pixels"], ["scores"])], "wrong_inputs", [x], [y])
    save(graph, path)


def benchmark(path, channels=512, body_layers=20, seed=7):
    """A LaMa-sized stand-in: 512 x 512 in, three stride-2 3x3 convolutions down to 64 x 64, a body of 3x3
    convolutions at `channels` wide (about 2.4 M parameters each), three transposed convolutions back up. The
    weights are random (not zero, so nothing folds away) and every layer feeds the output, so none is pruned."""
    rng = np.random.default_rng(seed)
    inits, nodes = [], []
    params = 0
    macs = 0  # multiply-adds of one inference, counted per layer from its output size

    def weight(name, shape):
        nonlocal params
        fan_in = int(np.prod(shape[1:]))
        inits.append(numpy_helper.from_array(
            (rng.standard_normal(shape, dtype=np.float32) * np.sqrt(1.0 / fan_in)).astype(np.float32), name))
        params += int(np.prod(shape))
        return name

    nodes.append(helper.make_node("Concat", ["image", "mask"], ["x0"], axis=1))
    x, c, side = "x0", 4, 512
    for i, out in enumerate([64, 128, channels]):  # 512 -> 256 -> 128 -> 64
        side //= 2
        macs += side * side * out * c * 9
        w = weight(f"down{i}.w", [out, c, 3, 3])
        b = weight(f"down{i}.b", [out])
        nodes.append(helper.make_node("Conv", [x, w, b], [f"d{i}"], kernel_shape=[3, 3], strides=[2, 2],
                                      pads=[1, 1, 1, 1]))
        nodes.append(helper.make_node("Relu", [f"d{i}"], [f"dr{i}"]))
        x, c = f"dr{i}", out
    for i in range(body_layers):
        macs += side * side * c * c * 9
        w = weight(f"body{i}.w", [c, c, 3, 3])
        b = weight(f"body{i}.b", [c])
        nodes.append(helper.make_node("Conv", [x, w, b], [f"b{i}"], kernel_shape=[3, 3], pads=[1, 1, 1, 1]))
        nodes.append(helper.make_node("Relu", [f"b{i}"], [f"br{i}"]))
        x = f"br{i}"
    for i, out in enumerate([128, 64, 3]):  # 64 -> 128 -> 256 -> 512
        macs += side * side * c * out * 16  # each input pixel meets a 4 x 4 kernel per output channel
        side *= 2
        w = weight(f"up{i}.w", [c, out, 4, 4])
        b = weight(f"up{i}.b", [out])
        nodes.append(helper.make_node("ConvTranspose", [x, w, b], [f"u{i}"], kernel_shape=[4, 4], strides=[2, 2],
                                      pads=[1, 1, 1, 1]))
        last = i == 2
        nodes.append(helper.make_node("Sigmoid" if last else "Relu", [f"u{i}"], ["output" if last else f"ur{i}"]))
        x, c = f"ur{i}", out
    inputs, _ = lama_inputs(512)
    graph = helper.make_graph(nodes, "benchmark", inputs,
                              [helper.make_tensor_value_info("output", TensorProto.FLOAT, [1, 3, 512, 512])], inits)
    save(graph, path)
    print("parameters", params)
    print("flops", 2 * macs)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--benchmark", metavar="OUT", help="write only the large benchmark model to OUT")
    parser.add_argument("--body-layers", type=int, default=20,
                        help="512-channel convolutions at 64 x 64 in the benchmark model (0: only down and up)")
    parser.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "..", "resources", "models"))
    args = parser.parse_args()
    if args.benchmark:
        benchmark(args.benchmark, body_layers=args.body_layers)
        return
    out = os.path.normpath(args.out)
    os.makedirs(out, exist_ok=True)
    fixed_colour(512, 1.0, os.path.join(out, "lama-fixed-colour-512.onnx"))
    fixed_colour(None, 255.0, os.path.join(out, "lama-fixed-colour-255-dynamic.onnx"))
    mean_of_known(os.path.join(out, "lama-mean-dynamic.onnx"))
    identity(os.path.join(out, "lama-identity-dynamic.onnx"))
    migan_fixed_colour(os.path.join(out, "migan-fixed-colour-dynamic.onnx"))
    wrong_inputs(os.path.join(out, "wrong-inputs.onnx"))


if __name__ == "__main__":
    main()
