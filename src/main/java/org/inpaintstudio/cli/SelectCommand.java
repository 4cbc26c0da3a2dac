package org.inpaintstudio.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.inpaintstudio.image.ImageFiles;
import org.inpaintstudio.image.ImageReadException;
import org.inpaintstudio.image.ImageWriteException;
import org.inpaintstudio.image.MaskCodec;
import org.inpaintstudio.image.MaskPlane;
import org.inpaintstudio.image.MaskRectangle;
import org.inpaintstudio.selection.ObjectSelector;
import org.inpaintstudio.selection.RgbImage;
import org.inpaintstudio.work.CancellationToken;
import org.inpaintstudio.work.InpaintCancelledException;

/**
 * {@code select --image IN --rect x,y,w,h --out MASK.png [--grow N]}: the mask of the object in the rectangle,
 * as the editor's select-object tool makes it, written as an 8-bit gray PNG (white = repair).
 */
final class SelectCommand {
    private final PrintStream out;
    private final PrintStream err;

    SelectCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) {
        if (args.contains("--help") || args.contains("-h")) {
            out.print(Usage.selectText());
            return ExitCode.OK;
        }
        Options options;
        try {
            options = Options.parse(args);
        } catch (OptionException e) {
            return fail(ExitCode.BAD_INPUT, e.getMessage());
        }
        RgbImage image;
        try {
            image = RgbImage.of(ImageFiles.read(options.image()).image());
        } catch (ImageReadException e) {
            return fail(ExitCode.BAD_INPUT, e.getMessage());
        }
        CancellationToken cancel = new CancellationToken();
        Thread onCtrlC = new Thread(cancel::cancel, "select-cancel");
        Runtime.getRuntime().addShutdownHook(onCtrlC);
        MaskPlane mask;
        long start = System.nanoTime();
        try {
            mask = ObjectSelector.select(image, options.rect(), null, options.grow(), cancel, f -> {});
        } catch (IllegalArgumentException e) {
            return fail(ExitCode.BAD_INPUT, e.getMessage());
        } catch (InpaintCancelledException e) {
            return fail(ExitCode.CANCELLED, "cancelled");
        } finally {
            removeHook(onCtrlC);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        try {
            MaskCodec.writePng(mask, options.out());
        } catch (ImageWriteException e) {
            return fail(ExitCode.OUTPUT, e.getMessage());
        }
        long count = mask.repairCount();
        if (count == 0) {
            err.println("note: nothing in the rectangle stands out from its surroundings; the mask is empty.");
        }
        out.printf(
                Locale.ROOT,
                "selected %d pixels (%.1f %% of the image) in %d ms%n",
                count,
                100.0 * count / image.area(),
                millis);
        out.println("wrote " + options.out());
        return ExitCode.OK;
    }

    private int fail(int code, String message) {
        err.println("error: " + message);
        return code;
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the JVM is exiting (Ctrl+C): the hook has run
        }
    }

    /** The parsed options; every problem is an {@link OptionException} saying what to write instead. */
    record Options(Path image, MaskRectangle rect, Path out, int grow) {
        static Options parse(List<String> args) throws OptionException {
            Path image = null;
            MaskRectangle rect = null;
            Path out = null;
            int grow = ObjectSelector.DEFAULT_GROW;
            for (int i = 0; i < args.size(); i++) {
                String option = args.get(i);
                switch (option) {
                    case "--image" -> image = Path.of(value(args, ++i, option));
                    case "--rect" -> rect = rectangle(value(args, ++i, option));
                    case "--out" -> out = Path.of(value(args, ++i, option));
                    case "--grow" -> grow = grow(value(args, ++i, option));
                    default ->
                        throw new OptionException(
                                "unknown option " + option + " for select. Run 'inpaint-studio select --help'.");
                }
            }
            if (image == null || rect == null || out == null) {
                throw new OptionException("select needs --image, --rect and --out, e.g. "
                        + "select --image photo.jpg --rect 120,80,300,240 --out mask.png");
            }
            if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png")) {
                throw new OptionException("--out " + out + ": the mask is written as PNG; name a .png file");
            }
            return new Options(image, rect, out, grow);
        }

        private static String value(List<String> args, int i, String option) throws OptionException {
            if (i >= args.size() || args.get(i).startsWith("--")) {
                throw new OptionException(option + " needs a value");
            }
            return args.get(i);
        }

        private static MaskRectangle rectangle(String text) throws OptionException {
            String[] parts = text.split(",", -1);
            String wanted = "--rect " + text + ": give x,y,width,height in image pixels, e.g. 120,80,300,240";
            if (parts.length != 4) {
                throw new OptionException(wanted);
            }
            int[] v = new int[4];
            for (int k = 0; k < 4; k++) {
                try {
                    v[k] = Integer.parseInt(parts[k].trim());
                } catch (NumberFormatException e) {
                    throw new OptionException(wanted);
                }
            }
            if (v[0] < 0 || v[1] < 0 || v[2] <= 0 || v[3] <= 0) {
                throw new OptionException(
                        "--rect " + text + ": x and y must be at least 0, width and height" + " at least 1");
            }
            return new MaskRectangle(v[0], v[1], v[2], v[3]);
        }

        private static int grow(String text) throws OptionException {
            try {
                int grow = Integer.parseInt(text.trim());
                if (grow >= 0 && grow <= ObjectSelector.MAX_GROW) {
                    return grow;
                }
            } catch (NumberFormatException e) {
                // falls through to the message
            }
            throw new OptionException("--grow " + text + ": give whole pixels, 0.." + ObjectSelector.MAX_GROW);
        }
    }
}
