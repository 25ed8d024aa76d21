package scot.commissioningflow.identity.signin;

import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import scot.commissioningflow.identity.SignedInPerson;

/** Gives a controller method the signed-in person behind the request. */
@Configuration(proxyBeanMethods = false)
class SignedInPersonArgument implements HandlerMethodArgumentResolver, WebMvcConfigurer {

    private final People people;

    SignedInPersonArgument(People people) {
        this.people = people;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == SignedInPerson.class;
    }

    @Override
    public SignedInPerson resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
            NativeWebRequest request, WebDataBinderFactory binders) {
        SignedInPerson person = people.from(SecurityContextHolder.getContext().getAuthentication());
        if (person == null) {
            // Only reached if an endpoint that needs a person was left open to everyone: refuse, never guess.
            throw new AuthenticationCredentialsNotFoundException("Sign in to do this.");
        }
        return person;
    }
}
