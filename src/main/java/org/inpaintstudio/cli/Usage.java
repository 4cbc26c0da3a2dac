package org.inpaintstudio.cli;

/** The text of --help. */
final class Usage {
    private Usage() {
    }

    static String text() {
        return """
            Inpaint Studio: remove unwanted objects from photos.

            Usage:
              inpaint-studio [IMAGE]            open the editor (with IMAGE)
              inpaint-studio inpaint [OPTIONS]  inpaint one image from the command line
              inpaint-studio --help | --version

            """;
    }
}
