package scot.commissioningflow.isf;

import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import scot.commissioningflow.platform.web.InvalidInput;

/** Reads the caller from the request headers, refusing a request that does not say who and in what role. */
@Configuration(proxyBeanMethods = false)
class CallerArgumentResolver implements HandlerMethodArgumentResolver, WebMvcConfigurer {

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Caller.class;
    }

    @Override
    public Caller resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
            WebDataBinderFactory binders) {
        String user = request.getHeader("X-User");
        String role = request.getHeader("X-Role");
        if (user == null || user.isBlank()) {
            throw new InvalidInput("X-User", "the X-User header must name who is making the request");
        }
        if (role == null || role.isBlank()) {
            throw new InvalidInput("X-Role", "the X-Role header must give the caller's role");
        }
        CallerRole callerRole;
        try {
            callerRole = CallerRole.valueOf(role.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("X-Role", "the X-Role header must be one of SOCIAL_WORKER, COMMISSIONER, PROVIDER, "
                    + "PERSON or REPRESENTATIVE");
        }
        String organisation = request.getHeader("X-Organisation");
        if (callerRole == CallerRole.PROVIDER && (organisation == null || organisation.isBlank())) {
            throw new InvalidInput("X-Organisation", "the X-Organisation header must give the provider reference "
                    + "of a provider's staff member");
        }
        return new Caller(user.trim(), callerRole, organisation == null ? null : organisation.trim());
    }
}
