package org.inpaintstudio.server;

import java.util.Optional;
import org.inpaintstudio.api.ApiUrls;
import org.inpaintstudio.api.ImageSource;
import org.inpaintstudio.api.InpaintRequest;
import org.inpaintstudio.api.MaskSource;
import org.inpaintstudio.api.ReturnType;
import org.inpaintstudio.image.RectanglesFormatException;
import org.inpaintstudio.image.RectanglesJson;

/**
 * Turns the fields of a create-task form into an {@link InpaintRequest}, choosing among several sources by
 * API.md's priorities: image_file &gt; image_url &gt; image_base64, and mask_file &gt; mask_url &gt; mask_base64
 * &gt; rectangles. The limits are checked afterwards, by {@link RequestAdmission}.
 */
final class TaskForm {
    private TaskForm() {}

    static InpaintRequest read(FormFields form) {
        ImageSource image = image(form);
        MaskSource mask = mask(form);
        boolean sync = integer(form, "sync", 0) == 1;
        int code = integer(form, "return_type", ReturnType.URL.code());
        ReturnType returnType = ReturnType.fromCode(code)
                .orElseThrow(() -> RequestRefused.badRequest(
                        "return_type must be 1 (a download URL), 2 (base64) or 3 (the image bytes, with sync=1); was "
                                + code));
        return new InpaintRequest(image, mask, sync, returnType);
    }

    private static ImageSource image(FormFields form) {
        Optional<ImageSource> file = form.file("image_file").map(ImageSource.File::new);
        return file.or(() -> url(form, "image_url").map(ImageSource.Url::new))
                .or(() -> form.text("image_base64").map(ImageSource.Base64::new))
                .orElseThrow(() -> RequestRefused.badRequest(
                        "no image: send image_file (a file), image_url (an http or https URL) or image_base64"));
    }

    private static MaskSource mask(FormFields form) {
        Optional<MaskSource> file = form.file("mask_file").map(MaskSource.File::new);
        return file.or(() -> url(form, "mask_url").map(MaskSource.Url::new))
                .or(() -> form.text("mask_base64").map(MaskSource.Base64::new))
                .or(() -> form.text("rectangles").map(TaskForm::rectangles))
                .orElseThrow(() -> RequestRefused.badRequest(
                        "nothing to repair: send mask_file, mask_url, mask_base64 (white = repair) or rectangles, like "
                                + "[{\"x\":0,\"y\":0,\"width\":100,\"height\":100}]"));
    }

    private static Optional<String> url(FormFields form, String field) {
        Optional<String> url = form.text(field);
        if (url.isPresent() && "oss".equals(ApiUrls.scheme(url.get()))) {
            throw RequestRefused.badRequest(field + " is an oss:// URL, which only the hosted service can read; "
                    + "pass a signed https URL of the object instead");
        }
        return url;
    }

    private static MaskSource rectangles(String json) {
        try {
            return new MaskSource.Rectangles(RectanglesJson.parse(json));
        } catch (RectanglesFormatException e) {
            throw RequestRefused.badRequest(e.getMessage());
        }
    }

    private static int integer(FormFields form, String field, int absent) {
        Optional<String> text = form.text(field);
        if (text.isEmpty()) {
            return absent;
        }
        try {
            return Integer.parseInt(text.get());
        } catch (NumberFormatException e) {
            throw RequestRefused.badRequest(field + " must be a whole number, was \"" + shortened(text.get()) + "\"");
        }
    }

    private static String shortened(String text) {
        return text.length() > 20 ? text.substring(0, 20) + "..." : text;
    }
}
