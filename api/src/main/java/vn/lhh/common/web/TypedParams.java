package vn.lhh.common.web;

import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Converts typed path and query parameters ({@code UUID}, {@code LocalDate}, {@code Instant}, enums) with
 * the rules of {@link Params}: a bad value is a 400 problem naming the parameter, where JAX-RS would
 * answer a bare 404 (path) or 400 (query). RESTEasy Reactive wraps what a converter throws in a
 * {@code NotFoundException} or {@code BadRequestException}; {@code ProblemMappers.web} answers for
 * the {@code ProblemException} inside. An empty query value is absent, as {@code Params.optionalUuid}.
 */
@Provider
public class TypedParams implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = nameOf(annotations);
        if (name == null) {
            return null;
        }
        if (rawType == UUID.class) {
            return (ParamConverter<T>) converter(raw -> Params.uuid(name, raw));
        }
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) converter(raw -> Params.date(name, raw));
        }
        if (rawType == Instant.class) {
            return (ParamConverter<T>) converter(raw -> Params.instant(name, raw));
        }
        if (rawType.isEnum()) {
            return converter(raw -> enumValue(name, raw, rawType));
        }
        return null;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <T> T enumValue(String name, String raw, Class<T> type) {
        return (T) Params.enumValue(name, raw, (Class) type);
    }

    private static <V> ParamConverter<V> converter(java.util.function.Function<String, V> parse) {
        return new ParamConverter<>() {
            @Override
            public V fromString(String value) {
                return value == null || value.isEmpty() ? null : parse.apply(value);
            }

            @Override
            public String toString(V value) {
                return value == null ? null : value.toString();
            }
        };
    }

    /** The parameter's name on the wire, the field a 400 names. */
    private static String nameOf(Annotation[] annotations) {
        if (annotations == null) {
            return null;
        }
        for (Annotation a : annotations) {
            if (a instanceof PathParam p) {
                return p.value();
            }
            if (a instanceof QueryParam q) {
                return q.value();
            }
            if (a instanceof HeaderParam h) {
                return h.value();
            }
            if (a instanceof FormParam f) {
                return f.value();
            }
            if (a instanceof CookieParam c) {
                return c.value();
            }
        }
        return null;
    }
}
