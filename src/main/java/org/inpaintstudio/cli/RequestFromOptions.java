package org.inpaintstudio.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.inpaintstudio.api.FileUpload;
import org.inpaintstudio.api.ImageSource;
import org.inpaintstudio.api.InpaintRequest;
import org.inpaintstudio.api.MaskSource;
import org.inpaintstudio.image.MaskRectangle;
import org.inpaintstudio.image.RectanglesFormatException;
import org.inpaintstudio.image.RectanglesJson;

/** The request the options describe: files read, rectangles parsed. Failures are {@link OptionException}s. */
final class RequestFromOptions {
    private RequestFromOptions() {}

    static InpaintRequest build(InpaintOptions options) throws OptionException {
        return new InpaintRequest(image(options.image()), mask(options.mask()), options.sync(), options.returnType());
    }

    private static ImageSource image(InpaintOptions.Given given) throws OptionException {
        return switch (given.option()) {
            case "--image" -> new ImageSource.File(upload(given));
            case "--image-url" -> new ImageSource.Url(given.value());
            case "--image-base64" -> new ImageSource.Base64(text(given));
            default -> throw new IllegalArgumentException(given.option());
        };
    }

    private static MaskSource mask(InpaintOptions.Given given) throws OptionException {
        return switch (given.option()) {
            case "--mask" -> new MaskSource.File(upload(given));
            case "--mask-url" -> new MaskSource.Url(given.value());
            case "--mask-base64" -> new MaskSource.Base64(text(given));
            case "--rects" -> rectangles(given);
            default -> throw new IllegalArgumentException(given.option());
        };
    }

    private static MaskSource rectangles(InpaintOptions.Given given) throws OptionException {
        return new MaskSource.Rectangles(rectangles(given.value()));
    }

    /** The rectangles of a {@code --rects} value: JSON, or {@code @FILE} holding it. */
    static List<MaskRectangle> rectangles(String value) throws OptionException {
        String json = value.startsWith("@") ? text(new InpaintOptions.Given("--rects", value.substring(1))) : value;
        try {
            return RectanglesJson.parse(json);
        } catch (RectanglesFormatException e) {
            throw new OptionException("--rects: " + e.getMessage());
        }
    }

    private static FileUpload upload(InpaintOptions.Given given) throws OptionException {
        return new FileUpload(bytes(given), Path.of(given.value()).getFileName().toString());
    }

    private static String text(InpaintOptions.Given given) throws OptionException {
        return new String(bytes(given), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(InpaintOptions.Given given) throws OptionException {
        Path file = Path.of(given.value());
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new OptionException("Cannot read " + given + ": there is no such file.");
        } catch (AccessDeniedException e) {
            throw new OptionException("Cannot read " + given + ": no permission to read it.");
        } catch (IOException e) {
            throw new OptionException("Cannot read " + given + ": " + e.getMessage());
        }
    }
}
