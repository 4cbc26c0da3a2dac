package org.inpaintstudio.api;

/** The catalogue of this package: status and state meanings, validation messages. */
final class ApiMessages {
    static final MessageBundle BUNDLE = new MessageBundle("org.inpaintstudio.api.messages");

    private ApiMessages() {}
}
