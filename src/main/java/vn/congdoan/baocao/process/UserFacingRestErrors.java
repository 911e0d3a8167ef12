package vn.congdoan.baocao.process;

import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.glassfish.jersey.internal.spi.AutoDiscoverable;

import vn.congdoan.baocao.system.BadRequestException;
import vn.congdoan.baocao.system.ConflictException;
import vn.congdoan.baocao.system.ForbiddenException;
import vn.congdoan.baocao.system.NotFoundException;
import vn.congdoan.baocao.system.UserFacingException;

/**
 * What a listener refuses in Vietnamese (a past extension date, a bad submission field) reaches
 * Tasklist as that message with a 4xx status, not as HTTP 500 wrapped in the engine's English text.
 * Every other error keeps the engine REST API's own answer. Registered in every Jersey application
 * (META-INF/services): Tasklist calls the webapps' copy of the engine API, not /engine-rest.
 */
public class UserFacingRestErrors implements AutoDiscoverable {

    @Override
    public void configure(FeatureContext context) {
        context.register(RestErrors.class);
        context.register(EngineErrors.class);
        context.register(UserErrors.class);
    }

    static Response answer(UserFacingException error) {
        int status = error instanceof NotFoundException ? 404
                : error instanceof ForbiddenException ? 403
                : error instanceof ConflictException ? 409
                : error instanceof BadRequestException ? 400 : 422;
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("type", error.getClass().getSimpleName(), "message", error.getMessage())).build();
    }

    @Provider
    @Priority(1)
    public static class RestErrors implements ExceptionMapper<RestException> {
        @Override
        public Response toResponse(RestException exception) {
            return UserFacingException.causeOf(exception).map(UserFacingRestErrors::answer)
                    .orElseGet(() -> new RestExceptionHandler().toResponse(exception));
        }
    }

    /** A listener's refusal that the engine passes on unwrapped (a start listener's). */
    @Provider
    public static class UserErrors implements ExceptionMapper<UserFacingException> {
        @Override
        public Response toResponse(UserFacingException exception) {
            return answer(exception);
        }
    }

    @Provider
    @Priority(1)
    public static class EngineErrors implements ExceptionMapper<ProcessEngineException> {
        @Override
        public Response toResponse(ProcessEngineException exception) {
            return UserFacingException.causeOf(exception).map(UserFacingRestErrors::answer)
                    .orElseGet(() -> new ProcessEngineExceptionHandler().toResponse(exception));
        }
    }
}
