package org.inpaintstudio.server;

import java.nio.file.Path;
import org.inpaintstudio.image.ImageFormat;

/** A finished task's result on disk. */
record StoredResult(Path file, ImageFormat format, long length) {}
