package org.wfed.core.internal.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wfed.core.ErrorCode;
import org.wfed.core.FieldCode;
import org.wfed.core.FieldError;
import org.wfed.core.WfedException;

/**
 * Every error of the wfed application leaves through here: wfed's own errors with their status,
 * malformed or mistyped JSON as 400 with the field, JAX-RS errors (404, 405, 415) with their
 * status, and anything else as a 500 with a logged id.
 */
@Component(service = ExceptionMapper.class)
@JaxrsExtension
@JaxrsName("wfed.errors")
@JSONRequired
@JaxrsApplicationSelect(WfedApplication.SELECT)
public final class ErrorMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);

    @Override
    public Response toResponse(Throwable t) {
        WfedException wfed = find(t, WfedException.class);
        if (wfed != null) {
            return respond(wfed);
        }
        JsonProcessingException json = find(t, JsonProcessingException.class);
        if (json != null) {
            return respond(fromJson(json));
        }
        if (t instanceof WebApplicationException wae && wae.getResponse().getStatus() < 500) {
            return respond(fromStatus(wae.getResponse().getStatus()));
        }
        String id = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("unexpected error {}", id, t);
        return build(new ErrorBody(500, "INTERNAL_ERROR", "系统内部错误，请联系管理员并提供错误编号 " + id,
                "Internal error; quote id " + id, List.of(), id));
    }

    public static Response respond(WfedException e) {
        Response r = build(new ErrorBody(e.status(), e.code(), e.messageZh(), e.messageEn(), e.fields(), null));
        return e.retryAfter() > 0 ? Response.fromResponse(r).header("Retry-After", e.retryAfter()).build() : r;
    }

    private static Response build(ErrorBody body) {
        return Response.status(body.status()).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).entity(body).build();
    }

    static WfedException fromJson(JsonProcessingException e) {
        String field = e instanceof JsonMappingException m ? m.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")) : "";
        if (e instanceof FieldProblem problem) {
            return fieldError(field, problem.code(), problem.reason());
        }
        if (e instanceof UnrecognizedPropertyException u) {
            return WfedException.invalidField(u.getPropertyName(), FieldCode.UNKNOWN_FIELD);
        }
        if (e instanceof MismatchedInputException && !field.isEmpty() && e.getOriginalMessage() != null
                && e.getOriginalMessage().startsWith("Cannot map `null` into type")) {
            // a number or yes/no the request left out (or sent as null): the same REQUIRED as a missing text
            return WfedException.invalidField(field, FieldCode.REQUIRED);
        }
        if (e instanceof InvalidFormatException || e instanceof MismatchedInputException) {
            if (!field.isEmpty()) {
                return WfedException.invalidField(field, FieldCode.WRONG_TYPE);
            }
        }
        if (e instanceof com.fasterxml.jackson.core.exc.StreamReadException && e.getMessage() != null
                && e.getMessage().startsWith("Duplicate field")) {
            return ErrorCode.DUPLICATE_FIELD.exception();
        }
        return ErrorCode.MALFORMED_JSON.exception();
    }

    private static WfedException fieldError(String field, String code, String message) {
        return WfedException.invalidFields(List.of(new FieldError(field, code, message)));
    }

    static WfedException fromStatus(int status) {
        return switch (status) {
            case 401 -> ErrorCode.UNAUTHENTICATED.exception();
            case 403 -> ErrorCode.FORBIDDEN.exception();
            case 404 -> WfedException.notFound("地址");
            case 405 -> new WfedException(405, "METHOD_NOT_ALLOWED", "不支持该操作", "Method not allowed");
            case 406 -> new WfedException(406, "NOT_ACCEPTABLE", "不支持请求的格式", "Not acceptable");
            case 415 -> new WfedException(415, "UNSUPPORTED_MEDIA_TYPE", "请以JSON格式提交", "Send JSON");
            default -> new WfedException(status, "BAD_REQUEST", "请求有误", "Bad request");
        };
    }

    private static <T extends Throwable> T find(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
            if (c.getCause() == c) {
                break;
            }
        }
        return null;
    }
}
