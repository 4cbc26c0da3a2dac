package org.inpaintstudio.cli;

/** The text of --help. */
final class Usage {
    private Usage() {}

    static String text() {
        return """
            Inpaint Studio: remove unwanted objects from photos.

            Usage:
              inpaint-studio [IMAGE]            open the editor (with IMAGE)
              inpaint-studio inpaint [OPTIONS]  inpaint one image from the command line
              inpaint-studio batch [OPTIONS]    inpaint a folder of photos (resumable)
              inpaint-studio serve [OPTIONS]    serve the inpainting API on this machine
              inpaint-studio select [OPTIONS]   the mask of the object in a rectangle
              inpaint-studio --help | --version

            Run 'inpaint-studio inpaint --help' (or batch, serve, select) for their options.
            """;
    }

    static String batchText() {
        return """
            Usage: inpaint-studio batch --input DIR (--masks DIR | --rects JSON|@FILE) --out DIR
                                        [--api-url URL] [--jobs N] [--qps N] [--format same|png|jpg]

            Fills every photo of --input (jpg, jpeg, png, bmp, webp, tiff; not sub-folders) and
            writes each result under its photo's name to --out, atomically. A journal in --out
            (.inpaint-batch.journal) records each photo, so running the same command again after
            Ctrl+C, a kill or a power cut skips what is done and retries what failed.

            What to repair (one of):
              --masks DIR             a.jpg takes the mask a.png from DIR (white = repair)
              --rects JSON | @FILE    the same rectangles for every photo; a photo they do not
                                      fit is reported and skipped
            Output:
              --out DIR               where the results go (not the input folder)
              --format same|png|jpg   the results' format (default same as each photo)
            Where it runs:
              (default)               the offline engine, all photos in this one process
              --api-url URL           a remote service; key from INPAINT_API_KEY or --api-key
              --jobs N                photos in flight at once, 1..16 (default 2)
              --qps N                 at most N requests a second to the service, for all jobs
                                      together (default 2)
              --timeout SECONDS       how long one photo may take on the service, waits when it
                                      asks to slow down included (default 300)

            On a terminal a progress bar shows the count, rate and time left; otherwise one line
            per photo. The summary lists every photo not done with the reason.
            Exit codes: 0 every photo done, 2 bad options or folders, 4 some photos skipped or
            failed, 6 cannot write to --out, 130 cancelled (run again to resume).
            """;
    }

    static String selectText() {
        return """
            Usage: inpaint-studio select --image IN --rect x,y,w,h --out MASK.png [--grow N]

            Finds the object inside the rectangle (GrabCut segmentation, offline) and writes
            its mask: an 8-bit gray PNG the image's size, white = repair, for 'inpaint --mask'.

              --image FILE            the photo (jpg, jpeg, png, bmp, webp, tiff)
              --rect x,y,w,h          a rectangle around the object, in image pixels
              --out FILE.png          where to write the mask
              --grow N                pixels added around the object to cover halos and soft
                                      shadows, 0..100 (default 6)

            Exit codes: 0 done, 2 bad input (options, image, rectangle), 6 cannot write --out,
            130 cancelled.
            """;
    }

    static String inpaintText() {
        return """
            Usage: inpaint-studio inpaint [--api-url URL] IMAGE MASK --out FILE [OPTIONS]

            Removes what the mask marks from the image and writes the result to --out.
            With --api-url the work runs on a remote service speaking the inpainting API;
            without it, on the offline engine.

            The image (one of):
              --image FILE            an image file (jpg, jpeg, png, bmp, webp, tiff)
              --image-url URL         an http(s) or oss:// URL the service downloads (remote only)
              --image-base64 FILE     a file holding the image as base64 text
            What to repair (one of):
              --mask FILE             a mask image the image's size: white = repair, black = keep
              --mask-url URL          a mask image URL (remote only)
              --mask-base64 FILE      a file holding the mask image as base64 text
              --rects JSON | @FILE    rectangles, e.g. '[{"x":0,"y":0,"width":100,"height":100}]'
            Output:
              --out FILE              where to write the result; its extension chooses the format
            Remote service:
              --api-url URL           the service's base URL, e.g. https://api.example.com
              --api-key KEY           the X-API-KEY; better set INPAINT_API_KEY, which other users
                                      cannot see in the process list
              --sync                  ask for a synchronous answer (no progress steps)
              --return-type 1|2|3     result as a download URL (1, default), base64 (2), or image
                                      bytes (3, needs --sync)
              --qps N                 at most N requests a second (default 2, the service's limit)
              --timeout SECONDS       give up after this long (default 120)
            Offline engine:
              --method auto|patch|telea   the algorithm (default auto)
              --seed N                the random seed, for repeatable results
              --sample-area FILE      a PNG the photo's size: copy only from its white pixels
            Model file (instead of the offline engine, on this machine's CPU):
              --model FILE.onnx       an inpainting model you have, e.g. a LaMa or MI-GAN ONNX
                                      export; a file that is not one exits 2 with what was found

            Exit codes: 0 done, 2 bad input (offline as on a service), 3 request refused
            (a redirect too: it is never followed), 4 task failed, 5 service or network
            failure, 6 cannot write --out, 130 cancelled.
            """;
    }
}
