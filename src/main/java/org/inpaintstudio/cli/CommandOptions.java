package org.inpaintstudio.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.inpaintstudio.api.ApiUrls;
import org.inpaintstudio.client.ApiKey;

/** What every command's options share: {@code --name value} or {@code --name=value}, each at most once. */
final class CommandOptions {
    private CommandOptions() {}

    /**
     * The options given, by name; a flag's value is empty.
     *
     * @param command named in the hint of a mistake ("Run 'inpaint --help' for the options.")
     */
    static Map<String, String> read(List<String> args, List<String> valued, List<String> flags, String command)
            throws OptionException {
        Map<String, String> given = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            int equals = arg.indexOf('=');
            String name = arg.startsWith("--") && equals > 0 ? arg.substring(0, equals) : arg;
            String value;
            if (flags.contains(name)) {
                if (equals > 0) {
                    throw new OptionException(name + " takes no value; write just " + name + ".");
                }
                value = "";
            } else if (valued.contains(name)) {
                if (equals > 0) {
                    value = arg.substring(equals + 1);
                } else if (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
                    value = args.get(++i);
                } else {
                    throw new OptionException(name + " needs a value. Run '" + command + " --help' for the options.");
                }
            } else {
                throw new OptionException("Unknown option " + arg + ". Run '" + command + " --help' for the options.");
            }
            if (given.put(name, value) != null) {
                throw new OptionException(name + " is given twice; give it once.");
            }
        }
        return given;
    }

    /** The service URL, or null when none was given. */
    static String apiUrl(String value) throws OptionException {
        if (value != null && !value.matches("(?i)https?://.+")) {
            throw new OptionException("--api-url must start with http:// or https://, like https://api.example.com;"
                    + " was " + ApiUrls.forMessage(value));
        }
        return value;
    }

    /** The key, checked; the message of a bad one names where it came from and never quotes it. */
    static ApiKey apiKey(String raw, String source) throws OptionException {
        try {
            return ApiKey.of(raw);
        } catch (IllegalArgumentException e) {
            throw new OptionException(source + ": " + e.getMessage() + ".");
        }
    }

    static double positive(Map<String, String> given, String option, double otherwise) throws OptionException {
        String value = given.get(option);
        if (value == null) {
            return otherwise;
        }
        try {
            double number = Double.parseDouble(value.strip());
            if (number > 0 && Double.isFinite(number)) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new OptionException(option + " must be a positive number, like " + (int) otherwise + "; was " + value);
    }
}
