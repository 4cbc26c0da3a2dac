package org.inpaintstudio.engine.bench;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;
import org.inpaintstudio.engine.EngineOptions;

/** Engine options from "name=value,name=value" text, for trying settings from the benchmark's command line. */
final class OptionOverrides {
    private OptionOverrides() {}

    static EngineOptions apply(EngineOptions base, String text) {
        Map<String, String> values = new HashMap<>();
        for (String pair : text.split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            String[] parts = pair.split("=", 2);
            values.put(parts[0].strip(), parts.length > 1 ? parts[1].strip() : "");
        }
        if (values.isEmpty()) {
            return base;
        }
        try {
            RecordComponent[] components = EngineOptions.class.getRecordComponents();
            Object[] args = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                String override = values.remove(components[i].getName());
                Object current = components[i].getAccessor().invoke(base);
                args[i] = override == null
                        ? current
                        : types[i] == int.class
                                ? (Object) Integer.parseInt(override)
                                : (Object) Double.parseDouble(override);
            }
            if (!values.isEmpty()) {
                throw new IllegalArgumentException("unknown engine options " + values.keySet());
            }
            Constructor<EngineOptions> constructor = EngineOptions.class.getDeclaredConstructor(types);
            EngineOptions options = constructor.newInstance(args);
            System.out.println("engine options: " + options);
            return options;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
