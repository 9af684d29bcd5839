package vn.lhh.common.audit;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The audit log's before and after states, from one mechanism: the named fields of a record
 * (an entity), in the order given, as the audit log stores them (arrays as lists; enums, ids and dates
 * as JSON writes them). What a field alone cannot say (a count, a sorted list, a label) the caller
 * puts in the returned map.
 */
public final class Snapshots {
    private static final Map<Class<?>, Map<String, Field>> FIELDS = new ConcurrentHashMap<>();

    private Snapshots() {
    }

    public static Map<String, Object> of(Object record, String... fields) {
        Map<String, Object> m = new LinkedHashMap<>();
        Map<String, Field> known = FIELDS.computeIfAbsent(record.getClass(), Snapshots::fields);
        for (String name : fields) {
            Field f = known.get(name);
            if (f == null) {
                throw new IllegalArgumentException(record.getClass().getSimpleName() + " has no field " + name);
            }
            try {
                m.put(name, value(f.get(record)));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        return m;
    }

    private static Object value(Object v) {
        if (v != null && v.getClass().isArray()) {
            List<Object> list = new ArrayList<>();
            for (int k = 0; k < Array.getLength(v); k++) {
                list.add(Array.get(v, k));
            }
            return list;
        }
        return v;
    }

    /** The instance fields of an entity and its superclasses (the build's entity enhancement may make them non-public). */
    private static Map<String, Field> fields(Class<?> type) {
        Map<String, Field> m = new LinkedHashMap<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers()) && !f.isSynthetic() && !m.containsKey(f.getName())) {
                    f.setAccessible(true);
                    m.put(f.getName(), f);
                }
            }
        }
        return m;
    }
}
