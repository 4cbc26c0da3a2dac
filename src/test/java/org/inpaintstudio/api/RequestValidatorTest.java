package org.inpaintstudio.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.inpaintstudio.image.ImageFormat;
import org.inpaintstudio.image.ImageLimits;
import org.inpaintstudio.image.MaskPlane;
import org.inpaintstudio.image.MaskRectangle;
import org.junit.jupiter.api.Test;

/** Every rule checked before a request is sent; each failure names the field and what to do. */
class RequestValidatorTest {
    private static final byte[] PHOTO = TestImages.photo("coffee.png"); // 600 x 400
    private static final byte[] MASK = TestImages.photo("masks/coffee_box.png");
    private static final MaskSource BOX = new MaskSource.Rectangles(List.of(new MaskRectangle(0, 0, 50, 50)));

    private final RequestValidator validator = new RequestValidator();

    private static ImageSource file(byte[] bytes) {
        return new ImageSource.File(new FileUpload(bytes, "photo.png"));
    }

    private static MaskSource maskFile(byte[] bytes) {
        return new MaskSource.File(new FileUpload(bytes, "mask.png"));
    }

    private RequestViolation onlyViolation(InpaintRequest request) {
        return onlyViolation(validator, request);
    }

    private static RequestViolation onlyViolation(RequestValidator validator, InpaintRequest request) {
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> validator.validate(request));
        assertEquals(1, e.violations().size(), e.getMessage());
        RequestViolation violation = e.violations().get(0);
        assertTrue(violation.message(Locale.ROOT).startsWith(violation.field()), violation.toString());
        assertTrue(violation.message(Locale.SIMPLIFIED_CHINESE).startsWith(violation.field()));
        return violation;
    }

    private static void assertSays(RequestViolation violation, String field, String... words) {
        assertEquals(field, violation.field());
        for (String word : words) {
            assertTrue(violation.message(Locale.ROOT).contains(word), violation.message(Locale.ROOT));
        }
    }

    @Test
    void aGoodRequestPassesUnchanged() throws Exception {
        InpaintRequest request = new InpaintRequest(file(PHOTO), maskFile(MASK), true, ReturnType.BINARY);

        assertEquals(request, validator.validate(request));
    }

    @Test
    void fifteenMebibytesPassAndOneByteMoreDoesNot() throws Exception {
        byte[] atLimit = Arrays.copyOf(TestImages.png(80, 80), (int) ApiLimits.MAX_IMAGE_BYTES);
        byte[] over = Arrays.copyOf(atLimit, atLimit.length + 1);

        validator.validate(InpaintRequest.of(file(atLimit), BOX));
        assertSays(
                onlyViolation(InpaintRequest.of(file(over), BOX)),
                "image_file",
                "is 15.1 MB",
                "at most 15 MB",
                "Scale the image down");
    }

    @Test
    void fourThousandNinetySixPixelsAsideFromTheHeader() throws Exception {
        validator.validate(InpaintRequest.of(file(TestImages.png(4096, 1)), BOX));
        assertSays(
                onlyViolation(InpaintRequest.of(file(TestImages.png(4097, 1)), BOX)),
                "image_file",
                "4097 x 1 pixels",
                "at most 4096 x 4096");
        assertSays(onlyViolation(InpaintRequest.of(file(TestImages.png(1, 4097)), BOX)), "image_file", "1 x 4097");
    }

    @Test
    void withinABudgetTheServicesSizeLimitsGiveWayToItsPixelCount() throws Exception {
        RequestValidator local = RequestValidator.withinBudget(ImageLimits.EDITOR);
        byte[] overFifteenMebibytes = Arrays.copyOf(TestImages.png(80, 80), (int) ApiLimits.MAX_IMAGE_BYTES + 1);
        InpaintRequest wide = InpaintRequest.of(file(TestImages.png(4300, 40)), BOX);

        local.validate(wide);
        local.validate(InpaintRequest.of(file(overFifteenMebibytes), BOX));
        assertSays(onlyViolation(wide), "image_file", "4300 x 40", "at most 4096 x 4096");
    }

    @Test
    void anImageOrMaskOverTheBudgetIsRefusedFromItsHeaderNamingTheBudget() {
        RequestValidator local = RequestValidator.withinBudget(ImageLimits.ofMegapixels(0.5));

        assertSays(
                onlyViolation(local, InpaintRequest.of(file(TestImages.png(800, 700)), BOX)),
                "image_file",
                "800 x 700 pixels",
                "more than the 0.5 megapixels",
                "Scale the image down");
        assertSays(
                onlyViolation(
                        local,
                        InpaintRequest.of(
                                file(TestImages.png(400, 300)), maskFile(TestImages.mask(1000, 600, 0, 0, 5, 5)))),
                "mask_file",
                "1000 x 600 pixels",
                "more than the 0.5 megapixels");
    }

    @Test
    void gifAndOtherFormatsAreRefusedByName() {
        byte[] gif = "GIF89a\u0001\u0000\u0001\u0000\u0000\u0000\u0000;".getBytes(StandardCharsets.ISO_8859_1);

        assertSays(onlyViolation(InpaintRequest.of(file(gif), BOX)), "image_file", "GIF");
        assertSays(
                onlyViolation(InpaintRequest.of(file("hello".getBytes(StandardCharsets.UTF_8)), BOX)),
                "image_file",
                "jpg");
        assertSays(onlyViolation(InpaintRequest.of(file(new byte[0]), BOX)), "image_file", "empty");
    }

    @Test
    void base64IsDecodedAndCheckedLikeAFile() throws Exception {
        validator.validate(InpaintRequest.of(
                new ImageSource.Base64("data:image/png;base64," + Base64Codec.encode(PHOTO)),
                new MaskSource.Base64(Base64Codec.encode(MASK))));

        assertSays(
                onlyViolation(InpaintRequest.of(new ImageSource.Base64("not base64!"), BOX)),
                "image_base64",
                "not valid base64");
        assertSays(
                onlyViolation(
                        InpaintRequest.of(new ImageSource.Base64(Base64Codec.encode(TestImages.png(5000, 1))), BOX)),
                "image_base64",
                "5000 x 1");
    }

    @Test
    void urlsAreHttpHttpsOrOssOfAtMost512CharactersWithAmpersandsRepaired() throws Exception {
        String base = "https://cdn.example.com/";
        String longest = base + "a".repeat(ApiLimits.MAX_URL_LENGTH - base.length());
        validator.validate(InpaintRequest.of(new ImageSource.Url(longest), BOX));
        validator.validate(InpaintRequest.of(new ImageSource.Url("oss://bucket/in.png"), BOX));
        validator.validate(InpaintRequest.of(new ImageSource.Url("http://example.com/in.png"), BOX));

        assertSays(
                onlyViolation(InpaintRequest.of(new ImageSource.Url(longest + "a"), BOX)),
                "image_url",
                "513 characters",
                "at most 512");
        assertSays(
                onlyViolation(InpaintRequest.of(new ImageSource.Url("ftp://example.com/a.png"), BOX)),
                "image_url",
                "http://, https:// or oss://");
        assertSays(onlyViolation(InpaintRequest.of(new ImageSource.Url("photo.png"), BOX)), "image_url", "http://");
        assertSays(onlyViolation(InpaintRequest.of(new ImageSource.Url(" "), BOX)), "image_url", "empty");
        assertSays(
                onlyViolation(InpaintRequest.of(
                        new ImageSource.Url(base + "a.png"), new MaskSource.Url("file:///etc/passwd"))),
                "mask_url",
                "http://");
    }

    @Test
    void escapedAmpersandsAreRepairedBeforeTheLengthIsCounted() throws Exception {
        String escaped = "https://b.example.com/in.jpg?Expires=1679986124\\u0026OSSAccessKeyId=x\\u0026Signature=y";
        String padded = escaped + "&p=" + "a".repeat(ApiLimits.MAX_URL_LENGTH - escaped.length() + 5);

        InpaintRequest repaired =
                validator.validate(InpaintRequest.of(new ImageSource.Url(escaped), new MaskSource.Url(escaped)));

        String expected = "https://b.example.com/in.jpg?Expires=1679986124&OSSAccessKeyId=x&Signature=y";
        assertEquals(new ImageSource.Url(expected), repaired.image());
        assertEquals(new MaskSource.Url(expected), repaired.mask());
        validator.validate(InpaintRequest.of(new ImageSource.Url(padded), BOX)); // 522 escaped, 512 repaired
    }

    @Test
    void atMostFiftyRectangles() throws Exception {
        List<MaskRectangle> fifty = new ArrayList<>(Collections.nCopies(50, new MaskRectangle(0, 0, 5, 5)));
        validator.validate(InpaintRequest.of(file(PHOTO), new MaskSource.Rectangles(fifty)));
        fifty.add(new MaskRectangle(1, 1, 2, 2));

        assertSays(
                onlyViolation(InpaintRequest.of(file(PHOTO), new MaskSource.Rectangles(fifty))),
                "rectangles",
                "51 rectangles",
                "at most 50");
    }

    @Test
    void rectanglesMustRepairSomethingInsideTheImage() throws Exception {
        validator.validate(InpaintRequest.of(
                file(PHOTO), new MaskSource.Rectangles(List.of(new MaskRectangle(590, 390, 100, 100)))));

        assertSays(
                onlyViolation(InpaintRequest.of(file(PHOTO), new MaskSource.Rectangles(List.of()))),
                "rectangles",
                "no rectangle");
        assertSays(
                onlyViolation(InpaintRequest.of(
                        file(PHOTO),
                        new MaskSource.Rectangles(
                                List.of(new MaskRectangle(600, 0, 10, 10), new MaskRectangle(-20, 5, 20, 5))))),
                "rectangles",
                "600 x 400");
    }

    private static ImageSource pixels(int width, int height) {
        return new ImageSource.Pixels(
                new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), ImageFormat.PNG, "photo.png");
    }

    private static MaskSource plane(int width, int height, MaskRectangle repair) {
        MaskPlane plane = new MaskPlane(width, height);
        plane.fill(repair, true);
        return new MaskSource.Plane(plane);
    }

    @Test
    void pixelsAreCheckedFromTheirSizeLikeAHeader() throws Exception {
        RequestValidator local = RequestValidator.withinBudget(ImageLimits.ofMegapixels(0.5));
        InpaintRequest fits = InpaintRequest.of(pixels(700, 700), plane(700, 700, new MaskRectangle(1, 1, 5, 5)));
        assertEquals(fits, local.validate(fits));

        RequestViolation over = onlyViolation(local, InpaintRequest.of(pixels(800, 700), BOX));
        assertEquals(RequestViolation.IMAGE_OVER_BUDGET, over.key());
        assertSays(over, "image_file", "800 x 700 pixels", "more than the 0.5 megapixels");

        RequestViolation wide = onlyViolation(InpaintRequest.of(pixels(4097, 10), BOX));
        assertEquals("validation.image.too-many-pixels", wide.key());
        assertSays(wide, "image_file", "4097 x 10 pixels", "at most 4096 x 4096");
    }

    @Test
    void aMaskPlaneMustHaveTheImagesSizeAndRepairSomethingButNotEverything() {
        RequestValidator local = RequestValidator.withinBudget(ImageLimits.EDITOR);

        RequestViolation size =
                onlyViolation(local, InpaintRequest.of(pixels(60, 40), plane(59, 40, new MaskRectangle(0, 0, 5, 5))));
        assertEquals("validation.mask.size", size.key());
        assertSays(size, "mask_file", "59 x 40", "60 x 40");
        RequestViolation empty =
                onlyViolation(local, InpaintRequest.of(pixels(60, 40), new MaskSource.Plane(new MaskPlane(60, 40))));
        assertEquals("validation.mask.empty", empty.key());
        RequestViolation full =
                onlyViolation(local, InpaintRequest.of(pixels(60, 40), plane(60, 40, new MaskRectangle(0, 0, 60, 40))));
        assertEquals("validation.mask.full", full.key());
        RequestViolation overBudget = onlyViolation(
                RequestValidator.withinBudget(ImageLimits.ofMegapixels(0.5)),
                InpaintRequest.of(file(TestImages.png(400, 300)), plane(1000, 600, new MaskRectangle(0, 0, 5, 5))));
        assertEquals(RequestViolation.IMAGE_OVER_BUDGET, overBudget.key());
    }

    @Test
    void pixelsAndPlanesNeverShowTheirPixelsWhenPrinted() {
        InpaintRequest request = InpaintRequest.of(pixels(60, 40), plane(60, 40, new MaskRectangle(0, 0, 5, 5)));

        assertEquals(
                "InpaintRequest[image=ImageSource.Pixels[60 x 40, PNG, photo.png], "
                        + "mask=MaskSource.Plane[MaskPlane[60 x 40, 25 to repair]], sync=false, returnType=URL]",
                request.toString());
    }

    @Test
    void aMaskImageMustHaveTheImagesSizeAndRepairSomething() {
        assertSays(
                onlyViolation(InpaintRequest.of(file(PHOTO), maskFile(TestImages.mask(300, 200, 0, 0, 9, 9)))),
                "mask_file",
                "300 x 200",
                "600 x 400");
        assertSays(
                onlyViolation(InpaintRequest.of(file(PHOTO), maskFile(TestImages.mask(600, 400, 0, 0, 0, 0)))),
                "mask_file",
                "nothing to repair");
        assertSays(
                onlyViolation(InpaintRequest.of(
                        new ImageSource.Url("https://example.com/a.png"),
                        new MaskSource.Base64(Base64Codec.encode(TestImages.mask(60, 40, 0, 0, 0, 0))))),
                "mask_base64",
                "nothing to repair");
    }

    @Test
    void returnTypeThreeOnlyWithSync() throws Exception {
        InpaintRequest async = InpaintRequest.of(file(PHOTO), BOX).withReturnType(ReturnType.BINARY);

        validator.validate(async.withSync(true));
        assertSays(onlyViolation(async), "return_type", "synchronous", "Turn on sync");
    }

    @Test
    void everyBrokenRuleIsReportedAtOnce() {
        InpaintRequest request = new InpaintRequest(
                new ImageSource.Url("ftp://x"), new MaskSource.Rectangles(List.of()), false, ReturnType.BINARY);

        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> validator.validate(request));

        assertEquals(
                List.of("image_url", "rectangles", "return_type"),
                e.violations().stream().map(RequestViolation::field).toList());
        assertEquals(3, e.getMessage().lines().count());
    }
}
