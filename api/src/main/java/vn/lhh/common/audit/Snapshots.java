package vn.lhh.common.audit;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The audit log's before and after states, from one mechanism: the named public fields of a record
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
        Map<String, Field> known = FIELDS.computeIfAbsent(record.getClass(), Snapshots::publicFields);
        for (String name : fields) {
            Field f = known.get(name);
            if (f == null) {
                throw new IllegalArgumentException(record.getClass().getSimpleName() + " has no public field " + name);
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

    private static Map<String, Field> publicFields(Class<?> type) {
        Map<String, Field> m = new LinkedHashMap<>();
        for (Field f : type.getFields()) {
            m.put(f.getName(), f);
        }
        return m;
    }
}
