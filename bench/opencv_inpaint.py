#!/usr/bin/python3
"""OpenCV peers for the engine benchmark (Debian's python3-opencv).

Reads lines "input.png mask.png out_prefix" from the file named on the command line, runs cv2.inpaint with
Telea and Navier-Stokes (radius 5) on each and writes out_prefix + "_telea.png" / "_ns.png". Prints one line per
run: "<out file> <seconds>", timing cv2.inpaint alone (no start-up, no file I/O).
"""
import sys
import time

import cv2

RADIUS = 5


def main(list_file):
    with open(list_file) as lines:
        for line in lines:
            if not line.strip():
                continue
            image_path, mask_path, prefix = line.split()
            image = cv2.imread(image_path, cv2.IMREAD_COLOR)
            mask = cv2.imread(mask_path, cv2.IMREAD_GRAYSCALE)
            mask = (mask > 0).astype("uint8") * 255
            for name, flag in (("telea", cv2.INPAINT_TELEA), ("ns", cv2.INPAINT_NS)):
                start = time.perf_counter()
                result = cv2.inpaint(image, mask, RADIUS, flag)
                seconds = time.perf_counter() - start
                out = prefix + "_" + name + ".png"
                cv2.imwrite(out, result)
                print(out, "%.4f" % seconds, flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
