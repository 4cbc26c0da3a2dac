package org.inpaintstudio.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.inpaintstudio.client.ApiKey;
import org.inpaintstudio.client.ClientConfig;
import org.inpaintstudio.client.InpaintClient;
import org.junit.jupiter.api.Test;

/** URLs in messages lose what may be a credential: user:password@ and query values. */
class UrlRedactionTest {
    @Test
    void userInfoGoesAndQueryValuesAreHidden() {
        assertEquals(
                "https://api.example.com/v1?key=***&debug=***",
                ApiUrls.forMessage("https://admin:hunter2@api.example.com/v1?key=sk-123&debug=1#frag"));
        assertEquals(
                "https://api.example.com/v1?key=***&***",
                ApiUrls.forMessage("https://admin:hunter2@api.example.com/v1?key=sk-123&sk-456"));
        assertEquals("http://host:8765", ApiUrls.forMessage("http://host:8765"));
        assertEquals("not a url", ApiUrls.forMessage("not a url"));
    }

    @Test
    void theClientNamesTheServiceWithoutItsPassword() {
        String shown = new InpaintClient(
                        ClientConfig.defaults("https://me:pa55word@api.example.com/?token=t0k", ApiKey.none()))
                .toString();

        assertFalse(shown.contains("pa55word") || shown.contains("t0k"), shown);
    }
}
