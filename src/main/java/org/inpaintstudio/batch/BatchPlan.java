package org.inpaintstudio.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.inpaintstudio.image.ImageFiles;
import org.inpaintstudio.image.ImageFormat;
import org.inpaintstudio.image.ImageInfo;
import org.inpaintstudio.image.ImageReadException;
import org.inpaintstudio.image.MaskRectangle;

/**
 * The photos of a batch's input folder (its image files, by name, not its sub-folders), each paired with its mask
 * and its result file, and those that cannot be filled with the reason. Nothing is decoded: rectangles are checked
 * against each photo's header.
 */
public record BatchPlan(BatchSpec spec, List<BatchItem> items, List<SkippedPhoto> skipped) {
    public BatchPlan {
        items = List.copyOf(items);
        skipped = List.copyOf(skipped);
    }

    /**
     * @throws BatchSetupException when a folder is missing or unreadable, or the input and output are one folder
     */
    public static BatchPlan scan(BatchSpec spec) throws BatchSetupException {
        requireFolder(spec.input(), "the input folder");
        if (spec.masks() != null) {
            requireFolder(spec.masks(), "the masks folder");
        }
        if (sameFolder(spec.input(), spec.out())) {
            throw new BatchSetupException("The output folder is the input folder: results would overwrite the photos."
                    + " Choose another output folder.");
        }
        List<BatchItem> items = new ArrayList<>();
        List<SkippedPhoto> skipped = new ArrayList<>();
        Set<String> results = new HashSet<>();
        for (Path photo : photos(spec.input())) {
            String name = photo.getFileName().toString();
            String resultName = spec.format().resultName(name);
            if (!results.add(resultName)) {
                skipped.add(new SkippedPhoto(name, "another photo of the folder already gives " + resultName));
                continue;
            }
            Path mask = spec.masks() == null ? null : spec.masks().resolve(BatchNames.maskName(name));
            String problem = mask == null ? rectanglesProblem(photo, spec.rectangles()) : maskProblem(mask);
            if (problem != null) {
                skipped.add(new SkippedPhoto(name, problem));
            } else {
                items.add(new BatchItem(name, photo, mask, spec.out().resolve(resultName)));
            }
        }
        return new BatchPlan(spec, items, skipped);
    }

    /** Photos and items together: how many the folder holds. */
    public int photoCount() {
        return items.size() + skipped.size();
    }

    private static List<Path> photos(Path folder) throws BatchSetupException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> ImageFormat.fromFileName(file.getFileName().toString())
                            .isPresent())
                    .filter(file -> !file.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new BatchSetupException("Cannot list the photos of " + folder + ": " + e.getMessage());
        }
    }

    private static String maskProblem(Path mask) {
        return Files.isRegularFile(mask) ? null : "no mask " + mask.getFileName() + " in " + mask.getParent();
    }

    /** Rectangles made for one photo must lie inside each other photo, or they would mask something else. */
    private static String rectanglesProblem(Path photo, List<MaskRectangle> rectangles) {
        ImageInfo info;
        try {
            info = ImageFiles.probe(photo);
        } catch (ImageReadException e) {
            return e.getMessage();
        }
        for (int i = 0; i < rectangles.size(); i++) {
            MaskRectangle r = rectangles.get(i);
            if ((long) r.x() + r.width() > info.width() || (long) r.y() + r.height() > info.height()) {
                return "rectangle " + (i + 1) + " (" + r.x() + ", " + r.y() + ", " + r.width() + " x " + r.height()
                        + ") does not fit in the photo (" + info.width() + " x " + info.height() + ")";
            }
        }
        return null;
    }

    private static void requireFolder(Path folder, String what) throws BatchSetupException {
        if (!Files.isDirectory(folder)) {
            throw new BatchSetupException("Cannot read " + what + " " + folder + ": there is no such folder.");
        }
    }

    private static boolean sameFolder(Path a, Path b) {
        try {
            return Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }
}
