package dev.mockndes.fault;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.DatabindContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.jsontype.impl.TypeIdResolverBase;

/**
 * Jackson's view of {@link FaultTypes}: a fault's {@code type:} name to its record and back. An
 * unknown name resolves to nothing, which Jackson reports as an invalid type id.
 */
final class FaultTypeIds extends TypeIdResolverBase {

    @Override
    public String idFromValue(Object value) {
        return FaultTypes.nameOf((Fault) value);
    }

    @Override
    public String idFromValueAndType(Object value, Class<?> suggestedType) {
        return idFromValue(value);
    }

    @Override
    public JavaType typeFromId(DatabindContext context, String id) {
        return FaultTypes.byName(id).map(context::constructType).orElse(null);
    }

    @Override
    public String getDescForKnownTypeIds() {
        return String.join(", ", FaultTypes.names());
    }

    @Override
    public JsonTypeInfo.Id getMechanism() {
        return JsonTypeInfo.Id.CUSTOM;
    }
}
