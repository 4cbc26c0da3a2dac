package org.inpaintstudio.client;

import org.inpaintstudio.api.MessageBundle;

/** The catalogue of this package: error and notice texts, in English and Simplified Chinese. */
final class ClientMessages {
    static final MessageBundle BUNDLE = new MessageBundle("org.inpaintstudio.client.messages");

    private ClientMessages() {}
}
