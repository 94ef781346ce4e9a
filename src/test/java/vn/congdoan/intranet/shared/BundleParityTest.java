package vn.congdoan.intranet.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every text of the UI exists in Vietnamese and in English: a key missing on one side shows as ???key??? there. */
class BundleParityTest {

    @Test
    void vietnameseAndEnglishHaveTheSameKeys() throws IOException {
        Set<String> vietnamese = keys("/i18n/messages.properties");
        Set<String> english = keys("/i18n/messages_en.properties");

        Set<String> onlyVietnamese = new TreeSet<>(vietnamese);
        onlyVietnamese.removeAll(english);
        Set<String> onlyEnglish = new TreeSet<>(english);
        onlyEnglish.removeAll(vietnamese);

        assertEquals(Set.of(), onlyVietnamese, "keys missing in messages_en.properties");
        assertEquals(Set.of(), onlyEnglish, "keys missing in messages.properties");
    }

    @Test
    void noTextIsEmpty() throws IOException {
        for (String bundle : new String[] {"/i18n/messages.properties", "/i18n/messages_en.properties"}) {
            Properties texts = load(bundle);
            for (String key : texts.stringPropertyNames()) {
                assertTrue(!texts.getProperty(key).isBlank(), bundle + " has an empty text for " + key);
            }
        }
    }

    /**
     * A text with a placeholder goes through MessageFormat, where a lone apostrophe starts a quoted part and swallows
     * the placeholders after it ("the unit's {0}" prints "{0}"): write ’ (or '') there.
     */
    @Test
    void noPlaceholderIsSwallowedByAnApostrophe() throws IOException {
        for (String bundle : new String[] {"/i18n/messages.properties", "/i18n/messages_en.properties"}) {
            Properties texts = load(bundle);
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                if (text.matches("(?s).*\\{\\d.*")) {
                    assertTrue(!text.replace("''", "").contains("'"), bundle + " " + key + ": " + text);
                }
            }
        }
    }

    private static Set<String> keys(String bundle) throws IOException {
        return new TreeSet<>(load(bundle).stringPropertyNames());
    }

    private static Properties load(String bundle) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = BundleParityTest.class.getResourceAsStream(bundle)) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }
}
